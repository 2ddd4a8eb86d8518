import { authenticateRequest } from "@/lib/server/auth/authenticate-request";
import { getBus } from "@/lib/server/bus/get-bus";
import { toTrailView } from "@/lib/features/message-bus/server/to-trail-view";
import { errorResponse } from "@/lib/server/http/responses";

export const dynamic = "force-dynamic";

/** Dead-lettered messages, newest first, each with its deliveries and last errors. */
export async function GET(request: Request) {
  try {
    await authenticateRequest(request, "bus:inspect");
    return Response.json({ deadLetters: (await getBus().deadLetters(100)).map(toTrailView) });
  } catch (error) {
    return errorResponse(error);
  }
}
