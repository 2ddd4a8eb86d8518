import { revokeApiToken } from "@/lib/server/auth/api-tokens";
import { authenticateSession } from "@/lib/server/auth/authenticate-request";
import { errorResponse } from "@/lib/server/http/responses";

export const dynamic = "force-dynamic";

/** Revokes one of the signed-in user's tokens: 204, or 404 if it is not theirs. */
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const user = await authenticateSession(request);
    await revokeApiToken(user.id, (await params).id);
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
