import { describe, expect, it } from "vitest";
import type { TaskView } from "@/lib/shared/task";
import { matchesFilters } from "./match-filters";

const task: TaskView = {
  id: "t1",
  name: "Test the fog machine",
  description: "Before doors open",
  status: "Open",
  gear: [],
  createdAt: "2026-11-26T10:00:00.000Z",
  expected: ["setup", "inventory"],
  replies: [
    {
      id: "r1",
      from: "inventory",
      kind: "answer",
      answer: "Short",
      moves: { by: "concern", to: "Short of gear" },
      createdAt: "2026-11-26T10:00:01.000Z",
    },
  ],
};

describe("matchesFilters", () => {
  it("searches name and description, ignoring case and outer spaces", () => {
    expect(matchesFilters(task, { status: "all", query: "  FOG " })).toBe(true);
    expect(matchesFilters(task, { status: "all", query: "doors" })).toBe(true);
    expect(matchesFilters(task, { status: "all", query: "amplifier" })).toBe(false);
    // Name and description are searched apart, as the server does.
    expect(matchesFilters(task, { status: "all", query: "machine\nBefore" })).toBe(false);
  });

  it("filters by where the task stands", () => {
    expect(matchesFilters(task, { status: "Short of gear", query: "" })).toBe(true);
    expect(matchesFilters(task, { status: "Done", query: "" })).toBe(false);
    // The manager's "Done" is their note: only a roadie's report makes a task Done.
    expect(matchesFilters({ ...task, status: "Done" }, { status: "Done", query: "" })).toBe(false);
    const done = {
      id: "r2",
      from: "setup",
      kind: "progress",
      answer: "Done",
      moves: { by: "report", to: "Done" },
      createdAt: "2026-11-26T10:00:02.000Z",
    } as const;
    expect(matchesFilters({ ...task, replies: [...task.replies, done] }, { status: "Done", query: "" })).toBe(true);
  });
});
