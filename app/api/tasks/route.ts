import { authenticateRequest } from "@/lib/server/auth/authenticate-request";
import { errorResponse } from "@/lib/server/http/responses";
import { listTasks } from "@/lib/features/tasks/server/list-tasks";

export const dynamic = "force-dynamic";

/** The newest tasks with their replies. */
export async function GET(request: Request) {
  try {
    await authenticateRequest(request, "tasks:read");
    return Response.json({ tasks: await listTasks() });
  } catch (error) {
    return errorResponse(error);
  }
}

// POST /api/tasks is answered by server.ts ahead of Next (lib/server/http/fast-api.ts): it is the hot path.
