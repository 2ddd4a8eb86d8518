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
const progress = (state: ProgressState) =>
  reply({ from: "setup", kind: "progress", moves: { by: "report", to: REPORTED[state] } });

/** What the crew has said, as the combinations the rules distinguish. */
const CREW: Record<string, ReplyView[]> = {
  nothing: [],
  ack: [ack],
  "ack, in stock": [ack, inStock],
  "ack, short": [ack, short],
};
const FROM_REPORT: Record<ProgressState, TaskStanding> = { "in-progress": "In progress", blocked: "Blocked", done: "Done" };

/** The expected standing without a roadie's report: the same whatever status the manager chose (it is their note). */
const WITHOUT_REPORT: Record<string, TaskStanding> = {
  nothing: "Waiting",
  ack: "Received",
  "ack, in stock": "Received",
  "ack, short": "Short of gear",
};

/** A whole task (the manager's status too), as the portlet passes it: the status must not matter. */
const standingOf = (task: { status: TaskStatus; replies: ReplyView[] }) => taskStanding(task);

describe("taskStanding", () => {
  for (const status of TASK_STATUSES) {
    for (const [said, replies] of Object.entries(CREW)) {
      it(`manager "${status}", crew ${said}, no report: ${WITHOUT_REPORT[said]}`, () => {
        expect(standingOf({ status, replies })).toBe(WITHOUT_REPORT[said]);
      });
      for (const state of PROGRESS_STATES) {
        it(`manager "${status}", crew ${said}, then the roadies report ${state}: ${FROM_REPORT[state]}`, () => {
          expect(standingOf({ status, replies: [...replies, progress(state)] })).toBe(FROM_REPORT[state]);
        });
      }
    }
  }

  it("does not show Done before a roadie said so, whatever the manager chose (issue 20, gap 3)", () => {
    expect(standingOf({ status: "Done", replies: [] })).toBe("Waiting");
    expect(standingOf({ status: "Done", replies: [ack, inStock] })).toBe("Received");
    expect(standingOf({ status: "In progress", replies: [ack] })).toBe("Received");
  });

  it("shows Blocked, not Open, for a task the roadies blocked (issue 12, gap 5)", () => {
    expect(standingOf({ status: "Open", replies: [ack, inStock, progress("blocked")] })).toBe("Blocked");
  });

  it("follows the latest report, whatever came before", () => {
    expect(standingOf({ status: "Open", replies: [ack, progress("in-progress"), progress("blocked")] })).toBe("Blocked");
    expect(standingOf({ status: "Open", replies: [ack, progress("blocked"), progress("done")] })).toBe("Done");
    expect(standingOf({ status: "Done", replies: [ack, progress("done"), progress("blocked")] })).toBe("Blocked");
  });
});
