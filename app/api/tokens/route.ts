import { createApiToken, listApiTokens } from "@/lib/server/auth/api-tokens";
import { authenticateSession } from "@/lib/server/auth/authenticate-request";
import { errorResponse, readJson } from "@/lib/server/http/responses";
import { apiTokenInputSchema } from "@/lib/shared/api-token";

export const dynamic = "force-dynamic";

/** The signed-in user's API tokens (never the tokens themselves: only their first characters). */
export async function GET(request: Request) {
  try {
    const user = await authenticateSession(request);
    return Response.json({ tokens: await listApiTokens(user.id) });
  } catch (error) {
    return errorResponse(error);
  }
}

/** Creates a token for the signed-in user: 201 with `token`, shown this once. */
export async function POST(request: Request) {
  try {
    const user = await authenticateSession(request);
    const { name } = await readJson(request, apiTokenInputSchema);
    const { token, view } = await createApiToken(user, name);
    return Response.json({ token, ...view }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
