import { authenticateRequest } from "@/lib/server/auth/authenticate-request";
import { errorResponse, readJson } from "@/lib/server/http/responses";
import { addTask } from "@/lib/server/tasks/add-task";
import { listTasks } from "@/lib/server/tasks/list-tasks";
import { taskInputSchema } from "@/lib/shared/task-input";

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

/** Adds a task, as the form does: 201 with the task, 400 with field errors, 401/403 when not allowed. */
export async function POST(request: Request) {
  try {
    await authenticateRequest(request, "tasks:add");
    const task = await addTask(await readJson(request, taskInputSchema));
    return Response.json(task, { status: 201, headers: { Location: `/api/tasks/${task.id}` } });
  } catch (error) {
    return errorResponse(error);
  }
}
