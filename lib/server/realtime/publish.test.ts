import { afterEach, describe, expect, it, vi } from "vitest";
import type { PortalEvent, PortalEventTuple } from "@/lib/shared/realtime-events";
import { processValue, setProcessValue } from "../start/process-slot";
import { push, PUSH_WINDOW_MS, setRealtimeServer, WIDE_AUDIENCE, type RealtimeServer } from "./publish";

// When pushes leave, and how many share a frame: a stand-in for the Socket.IO server
// records each emitted "batch" frame (the real server's rooms and sockets are covered
// by attach-socket-server.test.ts).

const before = { io: processValue("io"), clustered: processValue("io.clustered") };

afterEach(() => {
  vi.useRealTimers();
  setProcessValue("io", before.io);
  setProcessValue("io.clustered", before.clustered);
});

/** A server with `clientsCount` open pages; returns the task ids of each frame it emits. */
function serverWith(clientsCount: number): string[][] {
  const frames: string[][] = [];
  const io = {
    sockets: { sockets: { size: clientsCount } },
    to: () => ({
      emit: (_name: string, events: PortalEventTuple[]) =>
        frames.push(events.map(([, data]) => (data as { requestId: string }).requestId)),
    }),
  };
  setRealtimeServer(io as unknown as RealtimeServer, { clustered: false });
  return frames;
}

let seq = 0;
/** A listener's activity for task `id`: an event the admin's and the roadies' rooms read. */
function activity(id: string): PortalEvent {
  seq += 1;
  return {
    seq,
    type: "listener:activity",
    data: { id: `a${seq}`, listener: "setup", requestId: id, taskName: id, answer: "Acknowledged", createdAt: "" },
  };
}

/** Lets queued microtasks (the end of a commit's turn) run. */
const endOfTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("push", () => {
  it("with few pages open, sends a turn's pushes as one frame at the end of that turn", async () => {
    const frames = serverWith(1);
    push(activity("t1"));
    push(activity("t2"));
    expect(frames).toEqual([]);
    await endOfTurn();
    expect(frames).toEqual([["t1", "t2"]]);
    push(activity("t3"));
    await endOfTurn();
    expect(frames).toEqual([["t1", "t2"], ["t3"]]);
  });

  it("with a wide audience, holds pushes from separate commits for a short window and sends them as one frame", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout"] });
    const frames = serverWith(WIDE_AUDIENCE);
    push(activity("t1"));
    await endOfTurn();
    expect(frames).toEqual([]);
    // A later commit of the same task, inside the window, rides in the same frame.
    vi.advanceTimersByTime(PUSH_WINDOW_MS - 1);
    push(activity("t1-reply"));
    await endOfTurn();
    expect(frames).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(frames).toEqual([["t1", "t1-reply"]]);
    // The next window starts with the next push.
    push(activity("t2"));
    vi.advanceTimersByTime(PUSH_WINDOW_MS);
    expect(frames).toEqual([["t1", "t1-reply"], ["t2"]]);
  });

  it("never throws: a change that has committed is not answered as an error when its push fails", async () => {
    setRealtimeServer({ to: () => ({ emit: () => undefined }) } as unknown as RealtimeServer, { clustered: false });
    expect(() => push(activity("t9"))).not.toThrow();
    const frames = serverWith(1);
    push(activity("t10"));
    await endOfTurn();
    expect(frames).toEqual([["t10"]]);
  });
});
