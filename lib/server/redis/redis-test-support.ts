import "server-only";
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { createClient } from "redis";
import { connectRedis, type RedisClients } from "./redis-clients";

/** The machine's Redis (CI runs one the same way); tests write only under their own prefix. */
export const TEST_REDIS_URL = "redis://127.0.0.1:6379";

/**
 * A key prefix per test file run, the connections made under it, and `cleanup`: closes
 * them and deletes every key under the prefix.
 */
export function redisTestRun(label: string, url = TEST_REDIS_URL) {
  const prefix = `tourbus-test:${label}:${crypto.randomUUID()}:`;
  const opened: RedisClients[] = [];
  return {
    prefix,
    /** One instance's connections (each call: another instance). */
    async connect(): Promise<RedisClients> {
      const clients = await connectRedis(url);
      opened.push(clients);
      return clients;
    },
    async cleanup(): Promise<void> {
      await Promise.allSettled(opened.flatMap(({ commands, adapter }) => [commands.close(), adapter.close()]));
      const client = createClient({ url });
      await client.connect();
      try {
        for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) {
          if (keys.length > 0) await client.unlink(keys);
        }
      } finally {
        await client.close();
      }
    },
  };
}

/** A port nobody listens on now (the kernel's pick, closed again). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A Redis of the test's own on `port` (no persistence), to stop and start again: the
 * machine's Redis is shared and must not be restarted.
 */
export async function startOwnRedis(port: number): Promise<ChildProcess> {
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`redis-server exited with ${code}`)));
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("Ready to accept connections")) resolve();
    });
  });
  return child;
}

export async function stopOwnRedis(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGKILL");
  await exited;
}
