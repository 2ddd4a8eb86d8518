import { describe, expect, it } from "vitest";
import type { ListenerActivityView, ReplyView } from "@/lib/shared/task";
import { requestListOf, requestReplied, shownRequests } from "./request-list-state";
import { NO_SETUP_FILTER } from "./setup-filter";

const entry = (id: string): ListenerActivityView => ({
  id: `a-${id}`,
  listener: "setup",
  requestId: id,
  taskName: `Task ${id}`,
  answer: "Received",
  createdAt: "2026-12-07T20:00:00.000Z",
});
const done: ReplyView = {
  id: "r1",
  from: "setup",
  kind: "progress",
  moves: { by: "report", to: "Done" },
  answer: "Done",
  createdAt: "2026-12-07T20:01:00.000Z",
};

describe("the Setup list's count", () => {
  const list = requestListOf(NO_SETUP_FILTER, {
    requests: [entry("a"), entry("b")],
    progress: {},
    answers: {},
    total: 186,
    totalCapped: false,
    nextCursor: "next",
  });

  it("drops a request a report moves into a state the configuration hides, as a reload would", () => {
    const after = requestReplied(list, "a", done, ["done"]);
    expect(after.total).toBe(185);
    expect(after.progress.a?.state).toBe("done");
  });

  it("keeps the count when the state stays shown, and when the report is for a request not held", () => {
    expect(requestReplied(list, "a", done).total).toBe(186);
    expect(requestReplied(list, "zzz", done, ["done"]).total).toBe(186);
  });

  it("follows the filter too: a report that moves a request out of the chosen state leaves the count", () => {
    const notStarted = { ...list, filter: { state: "not-started" as const, query: "" } };
    const after = requestReplied(notStarted, "b", done);
    expect(after.total).toBe(185);
    expect(shownRequests(after).map((shown) => shown.requestId)).toEqual(["a"]);
  });
});
