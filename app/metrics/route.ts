import { errorResponse } from "@/lib/server/http/responses";
import { authorizeMetrics } from "@/lib/server/metrics/metrics-access";
import { metricsRegistry } from "@/lib/server/metrics/registry";

export const dynamic = "force-dynamic";

/** Prometheus text: the bus, storage and sockets of this instance. METRICS_TOKEN, or bus:inspect (an admin). */
export async function GET(request: Request) {
  try {
    await authorizeMetrics(request);
    const registry = metricsRegistry();
    return new Response(await registry.metrics(), {
      headers: { "Content-Type": registry.contentType, "Cache-Control": "no-store" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
