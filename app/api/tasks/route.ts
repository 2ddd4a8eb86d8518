import { errorResponse, readJson } from "@/lib/server/http/responses";
import { addTask } from "@/lib/server/tasks/add-task";
import { listTasks } from "@/lib/server/tasks/list-tasks";
import { taskInputSchema } from "@/lib/shared/task-input";

export const dynamic = "force-dynamic";

/** The newest tasks with their replies. */
export async function GET() {
  try {
    return Response.json({ tasks: await listTasks() });
  } catch (error) {
    return errorResponse(error);
  }
}

/** Adds a task, as the form does: 201 with the task, 400 with field errors. */
export async function POST(request: Request) {
  try {
    const task = await addTask(await readJson(request, taskInputSchema));
    return Response.json(task, { status: 201, headers: { Location: `/api/tasks/${task.id}` } });
  } catch (error) {
    return errorResponse(error);
  }
}
