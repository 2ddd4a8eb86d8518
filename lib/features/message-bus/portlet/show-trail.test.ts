import { beforeAll, describe, expect, it } from "vitest";
import { onShowTrail, showTrail } from "./show-trail";

beforeAll(() => {
  // Unit tests run in Node: a bare EventTarget is all of `window` these functions use.
  Object.assign(globalThis, { window: new EventTarget() });
});

describe("showTrail", () => {
  it("keeps a request made before the Message Bus portlet listens, and hands it over once", () => {
    showTrail("task-early");
    const seen: string[] = [];
    const stop = onShowTrail(({ taskId }) => seen.push(taskId));
    showTrail("task-live");
    expect(seen).toEqual(["task-early", "task-live"]);
    stop();

    const later: string[] = [];
    const stopLater = onShowTrail(({ taskId }) => later.push(taskId));
    expect(later).toEqual([]);
    stopLater();
  });

  it("keeps only the latest early request, and none made while someone listened", () => {
    showTrail("first");
    showTrail("second");
    const seen: string[] = [];
    const stop = onShowTrail(({ taskId }) => seen.push(taskId));
    expect(seen).toEqual(["second"]);
    stop();
  });

  it("names what had focus, so closing the trail can hand focus back to it", () => {
    class FakeElement {}
    const button = new FakeElement();
    const fakeDocument: { activeElement: unknown; body: unknown } = { activeElement: button, body: new FakeElement() };
    Object.assign(globalThis, { HTMLElement: FakeElement, document: fakeDocument });
    try {
      const seen: unknown[] = [];
      const stop = onShowTrail((detail) => seen.push(detail.opener));
      showTrail("task-focused");
      fakeDocument.activeElement = fakeDocument.body;
      showTrail("task-from-nowhere");
      expect(seen).toEqual([button, undefined]);
      stop();
    } finally {
      Reflect.deleteProperty(globalThis, "document");
      Reflect.deleteProperty(globalThis, "HTMLElement");
    }
  });
});
