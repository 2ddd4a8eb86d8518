/**
 * A child process of the fan-out suite: holds its share of the Socket.IO clients,
 * so that decoding 1,000 clients' pushes is spread over two processes (two cores).
 * Usage: forked with FANOUT_URL, FANOUT_COOKIE (the signed-in session every client
 * shares) and FANOUT_CLIENTS in its environment.
 */
import { monitorEventLoopDelay } from "node:perf_hooks";
import type { FromClients, ToClients } from "./lib/fan-out-protocol";
import { connectClients, latenciesFor, waitForReplies, type ReplyTracker } from "./lib/reply-tracker";

/** Resolves once the message is handed to the IPC channel (a large one takes a while). */
function reply(message: FromClients): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) return resolve();
    process.send(message, undefined, {}, () => resolve());
  });
}

const baseUrl = process.env.FANOUT_URL ?? "";
const cookie = process.env.FANOUT_COOKIE ?? "";
const count = Number(process.env.FANOUT_CLIENTS ?? "0");
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
let clients: ReplyTracker[] = [];

try {
  const started = performance.now();
  clients = await connectClients(baseUrl, cookie, count);
  loopDelay.enable();
  await reply({ type: "ready", connectMs: performance.now() - started });
} catch (error) {
  await reply({ type: "error", message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}

process.on("message", (message: ToClients) => {
  if (message.type !== "finish") return;
  void (async () => {
    await waitForReplies(clients, message.sent, message.drainMs);
    loopDelay.disable();
    const { latencies, missing } = latenciesFor(clients, message.sent);
    await reply({
      type: "result",
      latencies: Float64Array.from(latencies),
      missing,
      disconnects: clients.reduce((sum, c) => sum + c.disconnects, 0),
      frames: clients.reduce((sum, c) => sum + c.frames, 0),
      loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
    });
    for (const client of clients) client.close();
    // Only after the result has left: disconnecting earlier can drop it.
    process.disconnect?.();
  })();
});
