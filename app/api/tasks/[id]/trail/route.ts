import { errorResponse } from "@/lib/server/http/responses";
import { getTaskTrail } from "@/lib/server/tasks/get-task-trail";

export const dynamic = "force-dynamic";

/** The task's whole trail through the bus, for the Message Bus portlet. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    return Response.json(await getTaskTrail((await params).id));
  } catch (error) {
    return errorResponse(error);
  }
}
