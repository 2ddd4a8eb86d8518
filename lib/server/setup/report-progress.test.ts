import { beforeEach, describe, expect, it } from "vitest";
import { getBus } from "../bus/get-bus";
import { db } from "../db/client";
import { listTasks } from "../tasks/list-tasks";
import { reportProgress } from "./report-progress";

describe("reportProgress (a roadie's report over the bus)", () => {
  beforeEach(async () => {
    await db.taskReply.deleteMany();
    await db.task.deleteMany();
    await db.task.create({ data: { id: "task-1", name: "Amps", status: "Open", requestId: "request-1" } });
  });

  it("arrives on the return address as a progress reply to the task", async () => {
    await reportProgress({ requestId: "request-1", state: "blocked", reason: "No power" });
    await reportProgress({ requestId: "request-1", state: "done", reason: undefined });
    await getBus().idle();

    const [task] = await listTasks();
    expect(task!.replies.map((r) => [r.from, r.kind, r.progress, r.answer])).toEqual([
      ["setup", "progress", "blocked", "Blocked: No power"],
      ["setup", "progress", "done", "Done"],
    ]);
  });

  it("refuses a report for a request no task made, sending nothing", async () => {
    await expect(reportProgress({ requestId: "nobody", state: "done", reason: undefined })).rejects.toMatchObject({
      name: "UnknownTaskError",
    });
    await getBus().idle();
    expect(await db.taskReply.count()).toBe(0);
  });
});
