import "server-only";
import { getBus } from "../bus/get-bus";
import { writes } from "../db/writes";
import { redisClients, type RedisClients } from "../redis/redis-clients";
import { isBackfilling } from "./backfill";
import { isDraining } from "./draining";
import { upsertHeartbeat } from "./readiness.sql";

/**
 * A storage fault this recent keeps the instance unready even if a small write (the
 * heartbeat) fits again: on a full disk some writes still fit in space SQLite already
 * holds, and a load balancer should not flap between this instance and the others.
 */
const FAULT_WINDOW_MS = 10_000;
/** Every bus record, reply and event commits through the write queue: a heartbeat slower than this means it is stuck. */
const CAUGHT_UP_WITHIN_MS = 5_000;
/** A Redis that does not answer a PING this fast is as good as gone for pushes and limits. */
const REDIS_PING_MS = 1_000;

export type Readiness = {
  ready: boolean;
  checks: {
    draining: boolean;
    /** A start's one-off data change is still running (backfill.ts). */
    backfilling: boolean;
    databaseWritable: boolean;
    storageFault: string | null;
    busCaughtUp: boolean;
    /** null: REDIS_URL is not set, nothing to reach. */
    redisReachable: boolean | null;
  };
};

/**
 * Ready = this instance should be sent new work: it is not draining; the database took
 * a write just now (a heartbeat row, through the same write queue as the bus); that
 * write committed within 5 s (the bus is caught up: its records are not stuck behind
 * a wedged queue); no write failed for storage reasons in the last 10 s; and Redis,
 * when configured, answers a PING within 1 s. /api/health only says the process
 * answers; a load balancer should route by this. Every check is about this instance
 * and what it needs, never the cluster's backlog: a busy cluster must not take all of
 * its instances out of the balancer at once.
 */
export async function readiness(redis: Promise<RedisClients> | undefined = redisClients()): Promise<Readiness> {
  const draining = isDraining();
  const backfilling = isBackfilling();
  const [heartbeat, redisReachable] = await Promise.all([writeHeartbeat(), redis ? ping(redis) : null]);
  const fault = writes.faultWithin(FAULT_WINDOW_MS)?.fault ?? null;
  const databaseWritable = heartbeat !== "failed";
  const busCaughtUp = heartbeat === "committed";
  return {
    ready: !draining && !backfilling && databaseWritable && busCaughtUp && fault === null && redisReachable !== false,
    checks: { draining, backfilling, databaseWritable, storageFault: fault, busCaughtUp, redisReachable },
  };
}

async function writeHeartbeat(): Promise<"committed" | "failed" | "slow"> {
  const instanceId = getBus().instanceId;
  const write = writes
    .write((tx) => tx.run(upsertHeartbeat, instanceId, new Date()))
    .then(
      () => "committed" as const,
      () => "failed" as const,
    );
  return withTimeout(write, CAUGHT_UP_WITHIN_MS, "slow" as const);
}

async function ping(redis: Promise<RedisClients>): Promise<boolean> {
  const answered = redis.then(
    ({ commands }) => commands.ping().then((reply) => reply === "PONG"),
    () => false,
  );
  return withTimeout(
    answered.catch(() => false),
    REDIS_PING_MS,
    false,
  );
}

function withTimeout<T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<F>((resolve) => (timer = setTimeout(() => resolve(fallback), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
