import { describe, expect, it } from "vitest";
import type { ReplyView } from "./task";
import { crewStatus } from "./task-status";

let next = 0;
function reply(fields: Partial<ReplyView> & Pick<ReplyView, "from" | "kind">): ReplyView {
  next += 1;
  return { id: `r${next}`, answer: "…", createdAt: "2026-11-26T10:00:00.000Z", ...fields };
}
const ack = reply({ from: "setup", kind: "ack", answer: "Yes" });
const inStock = reply({ from: "inventory", kind: "answer", inStock: true });
const short = reply({ from: "inventory", kind: "answer", inStock: false });
const progress = (state: NonNullable<ReplyView["progress"]>) => reply({ from: "setup", kind: "progress", progress: state });

describe("crewStatus", () => {
  it("waits until a reply arrives", () => {
    expect(crewStatus({ replies: [] })).toBe("Waiting");
  });

  it("is acknowledged once the roadies or the inventory answered", () => {
    expect(crewStatus({ replies: [ack] })).toBe("Acknowledged");
    expect(crewStatus({ replies: [ack, inStock] })).toBe("Acknowledged");
  });

  it("is short of gear when the inventory could not reserve it", () => {
    expect(crewStatus({ replies: [ack, short] })).toBe("Short of gear");
  });

  it("follows the roadies' latest report, over a shortage too", () => {
    expect(crewStatus({ replies: [ack, short, progress("in-progress")] })).toBe("In progress");
    expect(crewStatus({ replies: [ack, progress("in-progress"), progress("blocked")] })).toBe("Blocked");
    expect(crewStatus({ replies: [ack, progress("blocked"), progress("done")] })).toBe("Done");
  });
});
