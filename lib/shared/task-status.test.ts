import { describe, expect, it } from "vitest";
import { PROGRESS_STATES, TASK_STATUSES, type ProgressState, type ReplyView, type TaskStatus } from "./task";
import { taskStanding, type TaskStanding } from "./task-status";

let next = 0;
function reply(fields: Partial<ReplyView> & Pick<ReplyView, "from" | "kind">): ReplyView {
  next += 1;
  return { id: `r${next}`, answer: "…", createdAt: "2026-11-26T10:00:00.000Z", ...fields };
}
const ack = reply({ from: "setup", kind: "ack", answer: "Yes" });
const inStock = reply({ from: "inventory", kind: "answer" });
const short = reply({ from: "inventory", kind: "answer", moves: { by: "concern", to: "Short of gear" } });
const REPORTED = { "in-progress": "In progress", blocked: "Blocked", done: "Done" } as const;
const progress = (state: ProgressState) => reply({ from: "setup", kind: "progress", moves: { by: "report", to: REPORTED[state] } });

/** What the crew has said, as the combinations the rules distinguish. */
const CREW: Record<string, ReplyView[]> = {
  nothing: [],
  ack: [ack],
  "ack, in stock": [ack, inStock],
  "ack, short": [ack, short],
};
const FROM_REPORT: Record<ProgressState, TaskStanding> = { "in-progress": "In progress", blocked: "Blocked", done: "Done" };

/** The expected standing without a roadie's report, per manager status and crew answers. */
const WITHOUT_REPORT: Record<TaskStatus, Record<string, TaskStanding>> = {
  Open: { nothing: "Waiting", ack: "Acknowledged", "ack, in stock": "Acknowledged", "ack, short": "Short of gear" },
  "In progress": { nothing: "In progress", ack: "In progress", "ack, in stock": "In progress", "ack, short": "Short of gear" },
  Done: { nothing: "Done", ack: "Done", "ack, in stock": "Done", "ack, short": "Done" },
};

describe("taskStanding", () => {
  for (const status of TASK_STATUSES) {
    for (const [said, replies] of Object.entries(CREW)) {
      it(`manager "${status}", crew ${said}, no report: ${WITHOUT_REPORT[status][said]}`, () => {
        expect(taskStanding({ status, replies })).toBe(WITHOUT_REPORT[status][said]);
      });
      for (const state of PROGRESS_STATES) {
        it(`manager "${status}", crew ${said}, then the roadies report ${state}: ${FROM_REPORT[state]}`, () => {
          expect(taskStanding({ status, replies: [...replies, progress(state)] })).toBe(FROM_REPORT[state]);
        });
      }
    }
  }

  it("shows Blocked, not Open, for a task the roadies blocked (issue 12, gap 5)", () => {
    expect(taskStanding({ status: "Open", replies: [ack, inStock, progress("blocked")] })).toBe("Blocked");
  });

  it("follows the latest report, whatever came before", () => {
    expect(taskStanding({ status: "Open", replies: [ack, progress("in-progress"), progress("blocked")] })).toBe("Blocked");
    expect(taskStanding({ status: "Open", replies: [ack, progress("blocked"), progress("done")] })).toBe("Done");
    expect(taskStanding({ status: "Done", replies: [ack, progress("done"), progress("blocked")] })).toBe("Blocked");
  });
});
