/**
 * The one process and its composition root: the features plug into the platform, then
 * start-up builds the database, the bus, Redis, metrics and the Socket.IO server once,
 * here, and Next's bundles reach them through the one process slot
 * (lib/server/start/process-slot.ts).
 */
import { createServer } from "node:http";
import { startTracing } from "@/lib/server/tracing/start-tracing";
// Before Next: it keeps the Date that Next's server replaces once it loads.
import { restoreNativeDate } from "@/lib/server/start/native-date";
import next from "next";
import nextConfig from "./next.config";
import { existingDemoUsers, seedDemoUsers } from "@/lib/server/auth/seed-demo-users";
import { getBus } from "@/lib/server/bus/get-bus";
import { db } from "@/lib/server/db/client";
import { engine, writes } from "@/lib/server/db/writes";
import { startCheckpointer } from "@/lib/server/db/checkpointer";
import { prepareDatabase } from "@/lib/server/db/prepare-database";
import { databaseProvider } from "@/lib/server/db/provider";
import { sqliteFile } from "@/lib/server/db/sqlite-engine";
import { seedDemoData } from "@/lib/features/demo/seed-demo-data";
import { env } from "@/lib/server/env";
import { prepareRequest } from "@/lib/server/http/edge-request";
import { serveFastApi } from "@/lib/features/tasks/server/fast-api";
import { hasMalformedPath, refuseMalformedPath } from "@/lib/server/http/malformed-url";
import { refuseNewWorkWhileDraining, startDraining } from "@/lib/server/lifecycle/draining";
import { log } from "@/lib/server/log";
import { metricsRegistry } from "@/lib/server/metrics/registry";
import { attachSocketServer } from "@/lib/server/realtime/attach-socket-server";
import { closeRedis, redisClients } from "@/lib/server/redis/redis-clients";
import { pruneEvents } from "@/lib/server/realtime/events-since";
import { checkDatabaseWritable } from "@/lib/server/start/check-database-writable";
import { guardStartup } from "@/lib/server/start/guard-startup";
import { underSeedLock } from "@/lib/server/start/seed-lock";
import { plugFeatures } from "@/lib/features/plug-features";
import { pruneIdempotencyKeys } from "@/lib/features/tasks/server/idempotency";
import { fillTaskStandings } from "@/lib/features/tasks/server/fill-task-standings";
import { backfillAfterListening } from "@/lib/server/lifecycle/backfill";
import { classifyReplies } from "@/lib/server/notifications/classify-replies";
import { isServerAction, screenActionBody } from "@/lib/server/http/action-body";
import { resendUnsentRequests } from "@/lib/features/tasks/server/resend-unsent-requests";

// First: every span after this (Next's, the bus's) goes to the exporter, when there is one.
const tracing = startTracing();
// Before anything asks for the bus: the features' destinations, listeners, readers and permissions.
const features = plugFeatures();
const startup = guardStartup();
await prepareDatabase();
await checkDatabaseWritable();
// SQLite's WAL only: PostgreSQL checkpoints by itself.
const checkpointer =
  databaseProvider === "sqlite"
    ? startCheckpointer({
        file: sqliteFile(env.DATABASE_URL),
        onError: (err) => log.error({ err }, "WAL checkpointer stopped; the WAL grows until the next start"),
      })
    : undefined;
// The responders' listeners load now rather than with the first message: a broken one stops the start.
await features.load();
const bus = getBus();
const app = next({ dev: env.NODE_ENV !== "production", hostname: env.HOSTNAME, port: env.PORT });
const handle = app.getRequestHandler();
await app.prepare();
// Next's clock-tracking Date serves cacheComponents only; without it, every date the process makes pays for it.
restoreNativeDate(nextConfig);

/** Requests being answered now: a clean stop waits for them before it waits for the bus. */
let requestsInFlight = 0;
const httpServer = createServer((req, res) => {
  requestsInFlight++;
  res.once("close", () => requestsInFlight--);
  // The caller's address (sign-in limits key on it), Secure cookies behind https, no-store API answers.
  prepareRequest(req, res);
  if (hasMalformedPath(req.url)) return refuseMalformedPath(res);
  if (refuseNewWorkWhileDraining(req, res)) return;
  if (serveFastApi(req, res)) return;
  // A server action's body is screened first: too large or too deep is a 413/400 here, not Next's bare 500.
  if (isServerAction(req)) {
    return void screenActionBody(req, res)
      .then((screened) => screened && handle(screened, res))
      .catch(() => res.destroy()); // the client went away mid-body
  }
  void handle(req, res);
});
// With REDIS_URL, pushes, per-user limits and "end this user's sockets" span every instance.
const io = attachSocketServer(httpServer, { busId: bus.instanceId, redis: await redisClients() });
// Created now, not at the first scrape: its histograms observe deliveries from the start.
metricsRegistry();

// Finish what a previous run left (a crash, a restart) before taking new work.
const resumed = await bus.recover();
const resent = await resendUnsentRequests();
await pruneIdempotencyKeys();
log.info({ ...resumed, resent }, "recovered unfinished bus work");
// One instance at a time: several starting together against an empty database must seed it once.
await underSeedLock(async () => {
  if (env.SEED_DEMO_DATA && (await seedDemoData())) log.info("seeded demo gear, crew and tasks");
  if (env.SEED_DEMO_USERS) {
    const users = await seedDemoUsers();
    if (users > 0) log.info({ users }, "seeded one demo user per role (README, Sign-in)");
  }
});
if (env.SEED_DEMO_USERS && env.NODE_ENV === "production" && (await existingDemoUsers()).length > 0) {
  log.warn("demo users with published passwords can sign in: for a real crew, set SEED_DEMO_USERS=false and remove them");
}

httpServer.listen(env.PORT, env.HOSTNAME, () => {
  startup.done();
  const address = httpServer.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  log.info({ port, busId: bus.instanceId, mode: env.NODE_ENV }, `tourbus ready on http://localhost:${port}`);
});
// Old portal events go while serving: nothing at start needs them gone, and a long log took seconds to cut.
void pruneEvents().then(
  (pruned) => pruned > 0 && log.info({ pruned }, "pruned old portal events"),
  (err: unknown) => log.warn({ err }, "pruning old portal events failed; the next start tries again"),
);
// Rows from before Task.standing: filled in batches while serving, /api/ready false until done.
void backfillAfterListening("task standings", fillTaskStandings);
// Replies from before TaskReply.problem: the bell counts them once classified.
void backfillAfterListening("reply problems", classifyReplies);

/**
 * A clean stop (SIGTERM from a supervisor, Ctrl-C): refuse new work (503, readiness
 * false), let the deliveries under way finish for up to SHUTDOWN_GRACE_MS, commit
 * every write asked for, close the sockets, exit 0. What could not finish in time is
 * in the store and resumes on the next start.
 */
async function shutdown(signal: string): Promise<void> {
  log.info({ signal, graceMs: env.SHUTDOWN_GRACE_MS }, "draining: no new work, finishing what was taken");
  startDraining();
  httpServer.close();
  httpServer.closeIdleConnections();
  const deadline = Date.now() + env.SHUTDOWN_GRACE_MS;
  // First the requests already taken (their tasks reach the bus), then the bus's work.
  while (requestsInFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  const drained = await Promise.race([
    bus.idle().then(() => true),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), Math.max(0, deadline - Date.now())).unref()),
  ]);
  // On Redis: gives its partitions up and leaves the cluster, so another instance takes over at once.
  await bus.close();
  await writes.drained();
  await io.close();
  await closeRedis();
  httpServer.closeAllConnections();
  await checkpointer?.stop();
  await engine.close();
  await db.$disconnect();
  await tracing?.stop();
  log.info(
    {
      drained,
      unfinished: drained
        ? 0
        : getBus()
            .stats()
            .reduce((n, s) => n + s.pending + s.inFlight + s.retrying, 0),
    },
    "stopped",
  );
  process.exit(0);
}
process.once("SIGTERM", () => void shutdown("SIGTERM"));
process.once("SIGINT", () => void shutdown("SIGINT"));
