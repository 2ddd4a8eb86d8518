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
});
