import { describe, expect, it } from "vitest";
import { MessageBus } from "./message-bus";
import { Observers } from "./observers";
import type { BusObserver, Route } from "./types";

const fail = (error: unknown) => {
  throw error;
};

describe("observers", () => {
  it("lets an observer remove itself while being called: the next one still gets the event, and it gets no more", () => {
    const calls: string[] = [];
    const observers = new Observers([], fail);
    const removeFirst = observers.add({ sent: () => void (calls.push("first"), removeFirst()) });
    observers.add({ sent: () => void calls.push("second") });

    observers.notify((o) => o.sent?.({} as never));
    observers.notify((o) => o.sent?.({} as never));

    expect(calls).toEqual(["first", "second", "second"]);
  });

  it("calls an observer added during an event from the next event on", () => {
    const calls: string[] = [];
    const observers = new Observers([], fail);
    const late: BusObserver = { sent: () => void calls.push("late") };
    observers.add({ sent: () => void (calls.push("adder"), observers.add(late)) });

    observers.notify((o) => o.sent?.({} as never));
    expect(calls).toEqual(["adder"]);
    observers.notify((o) => o.sent?.({} as never));
    expect(calls).toEqual(["adder", "adder", "late"]);
  });

  it("reports a throwing observer and still calls the others", () => {
    const reported: string[] = [];
    const calls: string[] = [];
    const observers = new Observers(
      [
        {
          sent: () => {
            throw new Error("broken log");
          },
        },
        { sent: () => void calls.push("after") },
      ],
      (error, context) => void reported.push(`${context}: ${(error as Error).message}`),
    );
    observers.notify((o) => o.sent?.({} as never));
    expect(reported).toEqual(["observer failed: broken log"]);
    expect(calls).toEqual(["after"]);
  });

  it("on the bus: an observer that unsubscribes on its first delivery leaves the others whole", async () => {
    const bus = new MessageBus<{ work: Route }>({
      destinations: { work: { type: "serial", listeners: [{ name: "a", receive: () => undefined }] } },
    });
    const once: string[] = [];
    const every: string[] = [];
    const stop = bus.observe({ delivered: ({ message }) => void (once.push(message.id), stop()) });
    bus.observe({ delivered: ({ message }) => void every.push(message.id) });

    const first = await bus.send("work", 1);
    const second = await bus.send("work", 2);
    await bus.idle();

    expect(once).toEqual([first.id]);
    expect(every).toEqual([first.id, second.id]);
    await bus.close();
  });
});
