import { authenticateRequest } from "@/lib/server/auth/authenticate-request";
import { errorResponse } from "@/lib/server/http/responses";
import { getTaskTrail } from "@/lib/features/tasks/server/get-task-trail";

export const dynamic = "force-dynamic";

/** The task's whole trail through the bus, for the Message Bus portlet. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await authenticateRequest(request, "bus:inspect");
    return Response.json(await getTaskTrail((await params).id));
  } catch (error) {
    return errorResponse(error);
  }
}
