import { describe, expect, it } from "vitest";
import { replyWording } from "./reply-wording";

const toTasks = (payload: unknown) => ({ destination: "tour/manager/task", payload });

describe("replyWording", () => {
  it("words a roadie's report with its state, as the responders table does", () => {
    expect(replyWording(toTasks({ from: "setup", kind: "progress", state: "in-progress" }))).toBe("Setup: In progress");
    expect(replyWording(toTasks({ from: "setup", kind: "progress", state: "blocked", reason: "No power" }))).toBe(
      "Setup: Blocked: No power",
    );
    expect(replyWording(toTasks({ from: "setup", kind: "ack", roadieResponse: "Yes" }))).toBe(
      "Setup: Received, waiting for a roadie",
    );
  });

  it("words the inventory's answer", () => {
    const short = {
      from: "inventory",
      kind: "answer",
      inventoryResponse: "Short: 3 × Fog machine (0 in stock). Nothing reserved.",
      inStock: false,
    };
    expect(replyWording(toTasks(short))).toBe("Inventory: Short: 3 × Fog machine (0 in stock). Nothing reserved.");
  });

  it("says nothing of requests, nor of a reply no wired responder reads", () => {
    expect(
      replyWording({ destination: "tour/roadie/setup", payload: { from: "setup", kind: "ack", roadieResponse: "Yes" } }),
    ).toBeUndefined();
    expect(replyWording(toTasks({ from: "catering", kind: "answer" }))).toBeUndefined();
    expect(replyWording(toTasks({ from: "setup", kind: "progress", state: "lost" }))).toBeUndefined();
  });
});
