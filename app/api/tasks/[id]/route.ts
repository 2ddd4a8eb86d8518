import { errorResponse } from "@/lib/server/http/responses";
import { getTask } from "@/lib/server/tasks/get-task";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    return Response.json(await getTask((await params).id));
  } catch (error) {
    return errorResponse(error);
  }
}
