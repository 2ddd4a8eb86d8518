/**
 * BullMQ as a peer, on the Redis at 127.0.0.1:6379. Redis here runs with appendonly
 * off, so an acknowledged job lives only in memory until the next snapshot: not
 * durable per write (the table says so). The Redis driver is bench/peers/resp-client.ts.
 */
import { createBunRedisClient, Queue, RedisConnection, Worker } from "bullmq";
import { inventoryListener, setupListener, type Peer, type PeerReply, type PeerTask } from "./peer";
import { RespClient } from "./resp-client";

const REDIS = { host: "127.0.0.1", port: 6379 };
const JOB_OPTIONS = { removeOnComplete: true, removeOnFail: 100 };

export const bullMq: Peer = {
  system: "BullMQ on Redis (appendonly off)",
  durability: "**not durable per write**: Redis here has appendonly off (memory, periodic snapshots)",
  durable: false,
  async connect(connectTimeoutMs) {
    const probe = new RespClient({ ...REDIS, connectTimeoutMs });
    await probe.connect();
    const pong = await probe.send("PING", []);
    probe.close();
    if (pong !== "PONG") throw new Error(`Redis answered PING with ${JSON.stringify(pong)}`);
    // Every connection BullMQ makes (queues, workers' blocking ones) goes through this driver.
    RedisConnection.clientFactory = () => createBunRedisClient(new RespClient({ ...REDIS, connectTimeoutMs }));
    return {
      abandon: async () => {
        RedisConnection.clientFactory = undefined;
      },
      async open(runId, onReply) {
        const setupName = `${runId}-setup`;
        const replyName = `${runId}-replies`;
        const setupQueue = new Queue(setupName, { connection: REDIS });
        const replyQueues = new Map([[replyName, new Queue(replyName, { connection: REDIS })]]);
        const replyQueue = (name: string) => {
          let queue = replyQueues.get(name);
          if (!queue) replyQueues.set(name, (queue = new Queue(name, { connection: REDIS })));
          return queue;
        };
        // concurrency 1: one job at a time, Setup then Inventory; the job completes once Redis has both replies.
        const worker = new Worker(
          setupName,
          async (job) => {
            const task = job.data as PeerTask;
            const replies = replyQueue(task.responseDestinationName);
            const setupReply = replies.add("reply", setupListener(task), JOB_OPTIONS);
            const inventoryReply = replies.add("reply", inventoryListener(task), JOB_OPTIONS);
            await Promise.all([setupReply, inventoryReply]);
          },
          { connection: REDIS, concurrency: 1 },
        );
        const replyWorker = new Worker(
          replyName,
          async (job) => {
            onReply(job.data as PeerReply);
          },
          { connection: REDIS, concurrency: 1 },
        );
        await Promise.all([setupQueue.waitUntilReady(), worker.waitUntilReady(), replyWorker.waitUntilReady()]);
        return {
          replyDestination: replyName,
          publish: async (task) => {
            await setupQueue.add("task", task, JOB_OPTIONS);
          },
          async close() {
            await Promise.all([worker.close(), replyWorker.close()]);
            for (const queue of [setupQueue, ...replyQueues.values()]) {
              await queue.obliterate({ force: true });
              await queue.close();
            }
            RedisConnection.clientFactory = undefined;
          },
        };
      },
    };
  },
};
