import { authenticateRequest } from "@/lib/server/auth/authenticate-request";
import { getBus } from "@/lib/server/bus/get-bus";
import { errorResponse } from "@/lib/server/http/responses";

export const dynamic = "force-dynamic";

/** Per-destination statistics since the server started. */
export async function GET(request: Request) {
  try {
    await authenticateRequest(request, "bus:inspect");
    return Response.json({ busId: getBus().instanceId, destinations: getBus().stats() });
  } catch (error) {
    return errorResponse(error);
  }
}
