import { readiness } from "@/lib/server/lifecycle/readiness";

export const dynamic = "force-dynamic";

/** Readiness for load balancers: 200 when this instance should get new work, 503 (with why) when not. */
export async function GET() {
  const answer = await readiness();
  return Response.json(answer, { status: answer.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
