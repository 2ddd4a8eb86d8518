import { authenticateRequest } from "@/lib/server/auth/authenticate-request";
import { errorResponse } from "@/lib/server/http/responses";
import { getTask } from "@/lib/features/tasks/server/get-task";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await authenticateRequest(request, "tasks:read");
    return Response.json(await getTask((await params).id));
  } catch (error) {
    return errorResponse(error);
  }
}
