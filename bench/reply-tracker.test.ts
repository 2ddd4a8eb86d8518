/**
 * The bench's portal client against a real Socket.IO server on port 0, in both wire
 * forms the tourbus server uses: one event per push, and coalesced "batch" frames.
 */
import { createServer } from "node:http";
import { Server, type Socket } from "socket.io";
import { afterEach, describe, expect, it } from "vitest";
import { portalPushes } from "./lib/portal-frames";
import { ReplyTracker } from "./lib/reply-tracker";

const reply = (taskId: string, from: string) => ({
  taskId,
  requestId: `r-${taskId}`,
  reply: { id: `${taskId}-${from}`, from, kind: "answer", answer: "ok" },
});

let io: Server | undefined;
let tracker: ReplyTracker | undefined;

/** A Socket.IO server on a free port, and the server side of the tracker's connection. */
async function connectedPair(): Promise<Socket> {
  const http = createServer();
  io = new Server(http);
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const address = http.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const serverSide = new Promise<Socket>((resolve) => io!.once("connection", resolve));
  tracker = new ReplyTracker(`http://127.0.0.1:${port}`, "");
  await tracker.connected(5_000);
  return serverSide;
}

afterEach(async () => {
  tracker?.close();
  await io?.close();
  io = undefined;
  tracker = undefined;
});

describe("reply tracker", () => {
  it("completes a task from two single task:reply events", async () => {
    const socket = await connectedPair();
    socket.emit("task:added", { id: "t1" }, 1);
    socket.emit("task:reply", reply("t1", "setup"), 2);
    socket.emit("task:reply", reply("t2", "setup"), 3);
    // Two waiters on one task: both must be woken, well before their timeout.
    const started = performance.now();
    const done = Promise.all([tracker!.whenComplete("t1", 2_000), tracker!.whenComplete("t1", 2_000)]);
    socket.emit("task:reply", reply("t1", "inventory"), 4);
    await done;
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(tracker!.completedAt.has("t1")).toBe(true);
    // Only one of t2's replies came: not complete.
    expect(tracker!.completedAt.has("t2")).toBe(false);
  });

  it("completes a task from a coalesced batch frame of [type, data, seq] tuples", async () => {
    const socket = await connectedPair();
    const done = tracker!.whenComplete("t1", 2_000);
    socket.emit("batch", [
      ["task:added", { id: "t1" }, 1],
      ["listener:activity", { id: "a1", listener: "setup", requestId: "r-t1" }, 2],
      ["task:reply", reply("t1", "setup"), 3],
      ["task:reply", reply("t2", "inventory"), 4],
    ]);
    socket.emit("batch", [["task:reply", reply("t1", "inventory"), 5]]);
    await done;
    expect(tracker!.completedAt.has("t1")).toBe(true);
    expect(tracker!.completedAt.has("t2")).toBe(false);
  });

  it("does not count two replies from the same listener as both", async () => {
    const socket = await connectedPair();
    socket.emit("task:reply", reply("t1", "setup"), 1);
    socket.emit("batch", [["task:reply", reply("t1", "setup"), 2]]);
    await tracker!.whenComplete("t1", 300);
    expect(tracker!.completedAt.has("t1")).toBe(false);
  });
});

describe("portal frames", () => {
  it("reads a single event and a batch the same way, and ignores malformed tuples", () => {
    expect(portalPushes("task:added", [{ id: "t1" }, 7])).toEqual([{ type: "task:added", data: { id: "t1" } }]);
    expect(portalPushes("batch", [[["task:added", { id: "t1" }, 7], "junk", [42, {}, 8]]])).toEqual([
      { type: "task:added", data: { id: "t1" } },
    ]);
    expect(portalPushes("batch", ["not an array"])).toEqual([]);
  });
});
