import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EMPTY_TASK_FORM } from "@/lib/shared/task-form";
import { clearDraft, loadDraft, saveDraft } from "./task-draft";

/** This tab's sessionStorage, as a browser has it. */
function fakeStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

describe("the Add task draft", () => {
  beforeEach(() => vi.stubGlobal("sessionStorage", fakeStorage()));
  afterEach(() => vi.unstubAllGlobals());

  const typed = {
    name: "Stack the amps",
    description: "Stage left",
    status: "Open",
    gear: [{ name: "Amplifier", quantity: "2" }],
  };

  it("gives back what was typed, its key and whether it is waiting to be sent", () => {
    saveDraft({ values: typed, idempotencyKey: "key-1", unsent: true });
    expect(loadDraft()).toEqual({ values: typed, idempotencyKey: "key-1", unsent: true });
  });

  it("keeps nothing for an empty form, and nothing once cleared", () => {
    saveDraft({ values: EMPTY_TASK_FORM, idempotencyKey: "key-1", unsent: false });
    expect(loadDraft()).toBeUndefined();
    saveDraft({ values: typed, idempotencyKey: "key-2", unsent: false });
    clearDraft();
    expect(loadDraft()).toBeUndefined();
  });

  it("starts empty on an unreadable draft or a storage that refuses", () => {
    sessionStorage.setItem("tourbus:add-task-draft", "{not json");
    expect(loadDraft()).toBeUndefined();
    sessionStorage.setItem("tourbus:add-task-draft", JSON.stringify({ values: typed }));
    expect(loadDraft()).toBeUndefined();
    vi.stubGlobal("sessionStorage", {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    });
    expect(() => saveDraft({ values: typed, idempotencyKey: "key-3", unsent: true })).not.toThrow();
    expect(loadDraft()).toBeUndefined();
  });
});
