import { authenticateRequest } from "@/lib/server/auth/authenticate-request";
import { AppError } from "@/lib/server/app-error";
import { errorResponse } from "@/lib/server/http/responses";
import { listTasks } from "@/lib/features/tasks/server/list-tasks";
import { toFieldErrors } from "@/lib/shared/field-errors";
import { englishValidationText } from "@/lib/shared/i18n/validation-text";
import { taskQueryInput, taskQuerySchema } from "@/lib/shared/task-query";

export const dynamic = "force-dynamic";

/** A page of tasks with their replies, newest first: `?q=&status=&cursor=&limit=`. */
export async function GET(request: Request) {
  try {
    await authenticateRequest(request, "tasks:read");
    const parsed = taskQuerySchema.safeParse(taskQueryInput(new URL(request.url).searchParams));
    if (!parsed.success) {
      throw new AppError("invalid_input", "Some query parameters are invalid.", {
        fields: toFieldErrors(parsed.error, englishValidationText) as Record<string, string>,
      });
    }
    return Response.json(await listTasks(parsed.data));
  } catch (error) {
    return errorResponse(error);
  }
}

// POST /api/tasks is answered by server.ts ahead of Next (lib/server/http/fast-api.ts): it is the hot path.
