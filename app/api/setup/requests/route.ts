import { authenticateRequest } from "@/lib/server/auth/authenticate-request";
import { AppError } from "@/lib/server/app-error";
import { errorResponse } from "@/lib/server/http/responses";
import { listRequests } from "@/lib/features/setup/server/list-requests";
import { requestQueryInput, requestQuerySchema } from "@/lib/features/setup/request-query";
import { toFieldErrors } from "@/lib/shared/field-errors";
import { englishValidationText } from "@/lib/shared/i18n/validation-text";

export const dynamic = "force-dynamic";

/** A page of the Setup desk's requests, newest first: `?q=&state=&cursor=&limit=` (the Setup portlet's search and "Show more"). */
export async function GET(request: Request) {
  try {
    await authenticateRequest(request, "setup:read");
    const parsed = requestQuerySchema.safeParse(requestQueryInput(new URL(request.url).searchParams));
    if (!parsed.success) {
      throw new AppError("invalid_input", "Some query parameters are invalid.", {
        fields: toFieldErrors(parsed.error, englishValidationText) as Record<string, string>,
      });
    }
    return Response.json(await listRequests(parsed.data));
  } catch (error) {
    return errorResponse(error);
  }
}
