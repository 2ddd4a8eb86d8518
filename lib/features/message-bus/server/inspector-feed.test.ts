import { afterEach, describe, expect, it } from "vitest";
import type { Message } from "@/lib/messaging/types";
import { setRealtimeServer, type RealtimeServer } from "@/lib/server/realtime/publish";
import { INSPECTOR_ROOM } from "@/lib/server/realtime/rooms";
import { clearProcessValue } from "@/lib/server/start/process-slot";
import { inspectorFeed } from "./inspector-feed";

const message = { id: "m-1", destination: "tour/roadie/setup", correlationId: "c-1" } as Message;

/** A Socket.IO server as the feed sees it: the rooms of this instance's sockets, and what was emitted to which room. */
function fakeServer(rooms: Map<string, Set<string>>) {
  const emitted: { room: string; event: string; activity: Record<string, unknown> }[] = [];
  const io = {
    sockets: { adapter: { rooms } },
    to: (room: string) => ({
      emit: (event: string, activity: Record<string, unknown>) => void emitted.push({ room, event, activity }),
    }),
  } as unknown as RealtimeServer;
  return { io, emitted };
}

afterEach(() => {
  clearProcessValue("io");
  clearProcessValue("io.clustered");
});

describe("the inspector feed", () => {
  it("streams the bus's work to the inspector room while a page there watches", () => {
    const { io, emitted } = fakeServer(new Map([[INSPECTOR_ROOM, new Set(["socket-1"])]]));
    setRealtimeServer(io, { clustered: false });

    inspectorFeed.sent!(message);
    inspectorFeed.delivered!({ message, listener: "setup", durationMs: 3 });

    expect(emitted).toEqual([
      { room: INSPECTOR_ROOM, event: "bus:activity", activity: expect.objectContaining({ messageId: "m-1", kind: "sent" }) },
      {
        room: INSPECTOR_ROOM,
        event: "bus:activity",
        activity: expect.objectContaining({ kind: "delivered", listener: "setup", durationMs: 3, at: expect.any(String) }),
      },
    ]);
  });

  it("builds and emits nothing when no page on this, the only instance, watches (an emptied room too)", () => {
    const { io, emitted } = fakeServer(new Map([["can:tasks:read", new Set(["socket-1"])]]));
    setRealtimeServer(io, { clustered: false });
    // Reading the activity's fields would show it was built: none may be read.
    const unread = new Proxy(message, {
      get: (target, key) => (key === "then" ? undefined : expect.fail(`read ${String(key)}`)),
    });

    inspectorFeed.sent!(unread);
    inspectorFeed.failed!({ message: unread, listener: "setup", error: new Error("x"), attempt: 1, willRetry: true });
    inspectorFeed.rejected!({ message: unread, reason: "queue-full" });

    expect(emitted).toEqual([]);
  });

  it("emits across instances however empty this instance's room is: a page on another may watch", () => {
    const { io, emitted } = fakeServer(new Map());
    setRealtimeServer(io, { clustered: true });

    inspectorFeed.dead!({ message, listener: "inventory", error: new Error("boom") });

    expect(emitted).toEqual([
      { room: INSPECTOR_ROOM, event: "bus:activity", activity: expect.objectContaining({ kind: "dead", error: "boom" }) },
    ]);
  });
});
