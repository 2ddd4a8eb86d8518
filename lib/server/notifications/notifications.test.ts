import Database from "better-sqlite3";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { orderedId } from "../db/ordered-id";
import { countUnread } from "./count-unread";
import { describeProblems } from "./describe-problems";
import { markSeen } from "./mark-seen";
import { countUnreadProblems } from "./notifications.sql";
import { classifyReplies } from "./classify-replies";
import { openNotifications } from "./open-notifications";
import { isProblemReply, problemWhere } from "./problem-where";

type Kind = "ack" | "blocked" | "short" | "reserved";
const BODIES: Record<Kind, { from: string; kind: string; answer: string; body: object }> = {
  ack: { from: "setup", kind: "ack", answer: "Yes", body: { from: "setup", kind: "ack", roadieResponse: "Yes" } },
  blocked: {
    from: "setup",
    kind: "progress",
    answer: "Blocked: No power",
    body: { from: "setup", kind: "progress", state: "blocked", reason: "No power" },
  },
  short: {
    from: "inventory",
    kind: "answer",
    answer: "Short",
    body: { from: "inventory", kind: "answer", inventoryResponse: "Short", inStock: false },
  },
  reserved: {
    from: "inventory",
    kind: "answer",
    answer: "Reserved",
    body: { from: "inventory", kind: "answer", inventoryResponse: "Reserved", inStock: true },
  },
};

const OWNERS: Record<string, string | null> = { mine: "alex", "mine-too": "alex", theirs: "robin", nobody: null };

/** A reply as the Tasks listener stores it (store-reply.ts): its owner and whether it is a problem decided then. */
async function reply(taskId: string, kind: Kind): Promise<string> {
  const id = orderedId();
  const { body, ...fields } = BODIES[kind];
  const text = JSON.stringify(body);
  await db.taskReply.create({
    data: {
      id,
      messageId: id,
      taskId,
      ...fields,
      body: text,
      ownerId: OWNERS[taskId],
      problem: isProblemReply({ ...fields, body: text }),
    },
  });
  return id;
}

/** The bell's count as it was defined before TaskReply.problem (issue 19): the user's tasks with an unread problem reply. */
function countUnreadAsBefore(userId: string): Promise<number> {
  return db.task.count({ where: { createdById: userId, replies: { some: { ownerReadAt: null, ...problemWhere() } } } });
}

describe("notifications (problems and replies on a user's own tasks)", () => {
  beforeEach(async () => {
    await db.taskReply.deleteMany();
    await db.task.deleteMany();
    await db.task.createMany({
      data: [
        { id: "mine", name: "Amps", status: "Open", requestId: "r-mine", createdById: "alex" },
        { id: "mine-too", name: "Lights", status: "Open", requestId: "r-mine-too", createdById: "alex" },
        { id: "theirs", name: "Fog", status: "Open", requestId: "r-theirs", createdById: "robin" },
        { id: "nobody", name: "Demo", status: "Open", requestId: "r-nobody" },
      ],
    });
  });

  it("counts the user's own tasks with an unread problem: routine answers are not counted, a task blocked twice is one", async () => {
    await reply("mine", "ack");
    await reply("mine", "reserved");
    expect(await countUnread("alex")).toBe(0);
    await reply("mine", "blocked");
    await reply("mine", "blocked");
    await reply("mine-too", "short");
    await reply("theirs", "blocked");
    await reply("nobody", "short");
    expect(await countUnread("alex")).toBe(2);
    expect(await countUnread("robin")).toBe(1);
  });

  it("lists problems apart from routine answers, newest first, and marks them read, for this user only", async () => {
    await reply("mine", "ack");
    await reply("mine", "short");
    await reply("mine-too", "reserved");
    await reply("theirs", "blocked");
    const opened = await openNotifications("alex");
    expect(opened.problems.map((item) => [item.taskName, item.answer, item.problem])).toEqual([["Amps", "Short", true]]);
    expect(opened.routine.map((item) => [item.taskName, item.answer, item.problem])).toEqual([
      ["Lights", "Reserved", false],
      ["Amps", "Yes", false],
    ]);
    expect(opened).toMatchObject({ more: { problems: 0, routine: 0 }, unread: 0 });
    expect(await countUnread("alex")).toBe(0);
    expect(await countUnread("robin")).toBe(1);
    const again = await openNotifications("alex");
    expect([again.problems, again.routine]).toEqual([[], []]);
  });

  it("lists a page of each and counts the rest, all read", async () => {
    for (let n = 0; n < 25; n += 1) await reply("mine", "ack");
    await reply("mine", "blocked");
    const opened = await openNotifications("alex");
    expect([opened.problems.length, opened.routine.length, opened.more]).toEqual([1, 20, { problems: 0, routine: 5 }]);
    expect(await db.taskReply.count({ where: { ownerReadAt: null, task: { createdById: "alex" } } })).toBe(0);
  });

  it("marks seen only the given replies on the user's own tasks", async () => {
    const seen = await reply("mine", "blocked");
    await reply("mine-too", "blocked");
    const theirs = await reply("theirs", "blocked");
    expect(await markSeen("alex", [seen, theirs])).toBe(1);
    // Another user's reply cannot be marked read by naming its id.
    expect(await countUnread("robin")).toBe(1);
    expect(await markSeen("alex", [])).toBe(1);
  });

  it("counts as the old definition did on a mixed fixture, reads and all", async () => {
    const kinds: Kind[] = ["ack", "blocked", "short", "reserved"];
    const ids: string[] = [];
    for (let n = 0; n < 60; n += 1)
      ids.push(await reply(["mine", "mine-too", "theirs", "nobody"][n % 4]!, kinds[Math.floor(n / 4) % 4]!));
    // Some read one by one, some by opening the panel.
    await markSeen(
      "alex",
      ids.filter((_, i) => i % 5 === 0),
    );
    for (const user of ["alex", "robin"]) expect(await countUnread(user)).toBe(await countUnreadAsBefore(user));
    expect(await countUnread("alex")).toBeGreaterThan(0);
    await reply("mine", "blocked");
    await openNotifications("robin");
    for (const user of ["alex", "robin"]) expect(await countUnread(user)).toBe(await countUnreadAsBefore(user));
  });

  it("counts from the partial index of unread problems, whatever the number of tasks", () => {
    const connection = new Database("data/unit-test.db", { readonly: true });
    try {
      const plan = connection.prepare(`EXPLAIN QUERY PLAN ${countUnreadProblems.sql}`).all("alex") as { detail: string }[];
      expect(plan.map((step) => step.detail)).toEqual([
        expect.stringMatching(/^SEARCH TaskReply USING INDEX TaskReply_unread_problem_idx/),
      ]);
    } finally {
      connection.close();
    }
  });

  it("classifies replies stored before TaskReply.problem at start, then counts them", async () => {
    await reply("mine", "blocked");
    await reply("mine-too", "ack");
    await reply("theirs", "short");
    await db.taskReply.updateMany({ data: { problem: null } });
    expect(await countUnread("alex")).toBe(0);
    expect(await classifyReplies()).toBe(3);
    expect(await countUnread("alex")).toBe(1);
    expect(await countUnread("robin")).toBe(1);
    expect(await db.taskReply.count({ where: { problem: false } })).toBe(1);
    expect(await classifyReplies()).toBe(0);
  });

  it("describes the problems among given replies that are on the user's own tasks, with the task's name", async () => {
    const ack = await reply("mine", "ack");
    const blocked = await reply("mine", "blocked");
    const theirs = await reply("theirs", "short");
    expect(await describeProblems("alex", [ack, blocked, theirs])).toEqual([
      {
        replyId: blocked,
        taskId: "mine",
        taskName: "Amps",
        answer: "Blocked: No power",
        // Its responder's words, for the reader's language (lib/features/setup/responder.ts).
        text: { key: "setup.reply.progressBecause", en: "Blocked: No power", values: { state: "blocked", reason: "No power" } },
      },
    ]);
    expect(await describeProblems("alex", [])).toEqual([]);
  });
});
