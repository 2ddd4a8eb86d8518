import { createRequire } from "node:module";
import { afterAll, describe, expect, it } from "vitest";
import { isNativeDate, restoreNativeDate } from "./native-date";

const nodeDate = Date;
/** What Next's server does to the global when it loads (next-server.js requires it first thing). */
const replaceDateAsNextDoes = () => createRequire(import.meta.url)("next/dist/server/node-environment-extensions/date");

afterAll(() => {
  Object.defineProperty(nodeDate.prototype, "constructor", { value: nodeDate, writable: true, configurable: true });
  globalThis.Date = nodeDate;
});

describe("Node's own Date after Next has loaded", () => {
  it("is put back when cacheComponents is off: dates made then are the engine's own", () => {
    replaceDateAsNextDoes();
    expect(isNativeDate(Date)).toBe(false);

    restoreNativeDate({});

    expect(Date).toBe(nodeDate);
    expect(isNativeDate(Date)).toBe(true);
    expect(new Date(0).toISOString()).toBe("1970-01-01T00:00:00.000Z");
    expect(new Date().constructor).toBe(Date);
  });

  it("stays Next's wrapper when cacheComponents is on: Next then reads what it tracks", () => {
    const wrapped = (globalThis.Date = new Proxy(nodeDate, {}));
    restoreNativeDate({ cacheComponents: true });
    expect(Date).toBe(wrapped);
  });
});
