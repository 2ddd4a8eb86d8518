import { getBus } from "@/lib/server/bus/get-bus";

export const dynamic = "force-dynamic";

/** Per-destination statistics since the server started. */
export function GET() {
  return Response.json({ busId: getBus().instanceId, destinations: getBus().stats() });
}
