import { command, type RedisClient } from "./redis-client";
import type { StreamKeys } from "./stream-keys";

/** Renews the leases still ours, in one round trip; answers 1 (renewed) or 0 (lost) per key. */
const RENEW = `
local renewed = {}
for i, key in ipairs(KEYS) do
  if redis.call('GET', key) == ARGV[1] then
    redis.call('PEXPIRE', key, ARGV[2])
    renewed[i] = 1
  else
    renewed[i] = 0
  end
end
return renewed`;

/** Deletes a key only while it still holds our id (another instance may own it by now). */
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/**
 * Who reads which partition. Each partition stream has one reader at a time, the
 * holder of its lease (SET NX PX, renewed every third of its life): that is what keeps
 * a serial destination's order across the cluster. Instances announce themselves in
 * a sorted set scored by when they lapse, so each can take its fair share of
 * partitions and no more. Times are this machine's clock; instances a lease apart in
 * clock skew would misjudge each other (run them with NTP).
 */
export class PartitionLeases {
  private readonly redis: RedisClient;
  private readonly keys: StreamKeys;
  /** This instance's id: what its leases and membership hold. */
  private readonly me: string;
  private readonly leaseMs: number;

  constructor(options: { redis: RedisClient; keys: StreamKeys; me: string; leaseMs: number }) {
    this.redis = options.redis;
    this.keys = options.keys;
    this.me = options.me;
    this.leaseMs = options.leaseMs;
  }

  /** Renews this instance's membership and returns the live instances' ids. */
  async heartbeat(): Promise<string[]> {
    const now = Date.now();
    const [, , live] = await Promise.all([
      command(this.redis, "ZADD", this.keys.members, String(now + this.leaseMs), this.me),
      command(this.redis, "ZREMRANGEBYSCORE", this.keys.members, "-inf", String(now)),
      command<string[]>(this.redis, "ZRANGEBYSCORE", this.keys.members, String(now), "+inf"),
    ]);
    return live.includes(this.me) ? live : [...live, this.me];
  }

  async leave(): Promise<void> {
    await command(this.redis, "ZREM", this.keys.members, this.me);
  }

  async acquire(stream: string): Promise<boolean> {
    const set = await command<string | null>(
      this.redis,
      "SET",
      this.keys.lease(stream),
      this.me,
      "NX",
      "PX",
      String(this.leaseMs),
    );
    return set === "OK";
  }

  /** Renews the given partitions' leases; returns the ones lost (expired and maybe taken). */
  async renew(streams: readonly string[]): Promise<string[]> {
    if (streams.length === 0) return [];
    const renewed = await this.redis.sendCommand<number[]>([
      "EVAL",
      RENEW,
      String(streams.length),
      ...streams.map((stream) => this.keys.lease(stream)),
      this.me,
      String(this.leaseMs),
    ]);
    return streams.filter((_, i) => renewed[i] !== 1);
  }

  async release(stream: string): Promise<void> {
    await command(this.redis, "EVAL", RELEASE, "1", this.keys.lease(stream), this.me);
  }

  /** A lock for one-at-a-time work (recovery); released with `unlock`. */
  async lock(key: string, ttlMs: number): Promise<boolean> {
    return (await command<string | null>(this.redis, "SET", key, this.me, "NX", "PX", String(ttlMs))) === "OK";
  }

  async unlock(key: string): Promise<void> {
    await command(this.redis, "EVAL", RELEASE, "1", key, this.me);
  }
}
