import { authenticateRequest } from "@/lib/server/auth/authenticate-request";
import { errorResponse } from "@/lib/server/http/responses";
import { metricsRegistry } from "@/lib/server/metrics/registry";

export const dynamic = "force-dynamic";

/** Prometheus text: the bus, storage and sockets of this instance. Needs bus:inspect (an admin's token). */
export async function GET(request: Request) {
  try {
    await authenticateRequest(request, "bus:inspect");
    const registry = metricsRegistry();
    return new Response(await registry.metrics(), {
      headers: { "Content-Type": registry.contentType, "Cache-Control": "no-store" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
