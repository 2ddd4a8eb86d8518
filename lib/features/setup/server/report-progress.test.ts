import { progressStateOf } from "../responder";
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { getBus } from "@/lib/server/bus/get-bus";
import { db } from "@/lib/server/db/client";
import { listTasks } from "@/lib/features/tasks/server/list-tasks";
import { reportProgress } from "./report-progress";

describe("reportProgress (a roadie's report over the bus)", () => {
  // A request id per test: the bus log outlives the rows deleted here, and a report's
  // message id is derived from its request (that is what makes it idempotent).
  let requestId = "";
  beforeEach(async () => {
    await db.taskReply.deleteMany();
    await db.task.deleteMany();
    requestId = `request-${randomUUID()}`;
    await db.task.create({ data: { id: "task-1", name: "Amps", status: "Open", requestId } });
  });

  it("arrives on the return address as a progress reply to the task", async () => {
    await reportProgress({ requestId, state: "blocked", reason: "No power" });
    await reportProgress({ requestId, state: "done", reason: undefined });
    await getBus().idle();

    const [task] = (await listTasks()).tasks;
    expect(task!.replies.map((r) => [r.from, r.kind, progressStateOf(r), r.answer])).toEqual([
      ["setup", "progress", "blocked", "Blocked: No power"],
      ["setup", "progress", "done", "Done"],
    ]);
  });

  it("stores twelve simultaneous Done reports as one reply", async () => {
    await Promise.all(Array.from({ length: 12 }, () => reportProgress({ requestId, state: "done", reason: undefined })));
    await getBus().idle();
    expect(await db.taskReply.count({ where: { kind: "progress" } })).toBe(1);
  });

  it("stores the same state twice in a row once, and a change of state (or of reason) each time", async () => {
    const report = (state: "in-progress" | "done" | "blocked", reason?: string) =>
      reportProgress({ requestId, state, reason }).then(() => getBus().idle());
    await report("done");
    await report("done");
    await report("blocked", "No power");
    await report("blocked", "No power");
    await report("blocked", "No stage");
    await report("done");

    const [task] = (await listTasks()).tasks;
    expect(task!.replies.map((r) => r.answer)).toEqual(["Done", "Blocked: No power", "Blocked: No stage", "Done"]);
  });

  it("refuses a report for a request no task made, sending nothing", async () => {
    await expect(reportProgress({ requestId: "nobody", state: "done", reason: undefined })).rejects.toMatchObject({
      name: "UnknownTaskError",
    });
    await getBus().idle();
    expect(await db.taskReply.count()).toBe(0);
  });
});
