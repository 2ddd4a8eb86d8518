import { getBus } from "@/lib/server/bus/get-bus";
import { db } from "@/lib/server/db/client";

export const dynamic = "force-dynamic";

/** Liveness for scripts and load balancers; busId lets tests check there is one bus. */
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ ok: true, busId: getBus().instanceId });
  } catch {
    return Response.json({ ok: false, error: "database unavailable" }, { status: 503 });
  }
}
