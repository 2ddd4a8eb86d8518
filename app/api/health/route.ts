import { getBus } from "@/lib/server/bus/get-bus";

export const dynamic = "force-dynamic";

/**
 * Liveness: the process answers HTTP. It asks nothing of the database or Redis, so a
 * supervisor restarts a hung process, not a healthy one whose database is slow (that
 * is /api/ready's business). busId lets tests check they drive the server they started.
 */
export function GET() {
  return Response.json({ ok: true, busId: getBus().instanceId });
}
