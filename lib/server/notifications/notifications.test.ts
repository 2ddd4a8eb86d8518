import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { orderedId } from "../db/ordered-id";
import { countUnread } from "./count-unread";
import { markSeen } from "./mark-seen";
import { openNotifications } from "./open-notifications";

async function reply(taskId: string, answer: string): Promise<string> {
  const id = orderedId();
  await db.taskReply.create({ data: { id, messageId: id, taskId, from: "setup", kind: "ack", answer, body: "{}" } });
  return id;
}

describe("notifications (replies on a user's own tasks)", () => {
  beforeEach(async () => {
    await db.taskReply.deleteMany();
    await db.task.deleteMany();
    await db.task.createMany({
      data: [
        { id: "mine", name: "Amps", status: "Open", requestId: "r-mine", createdById: "alex" },
        { id: "theirs", name: "Lights", status: "Open", requestId: "r-theirs", createdById: "robin" },
        { id: "nobody", name: "Demo", status: "Open", requestId: "r-nobody" },
      ],
    });
  });

  it("counts only unread replies on the tasks the user added", async () => {
    await reply("mine", "Yes");
    await reply("mine", "Reserved");
    await reply("theirs", "Yes");
    await reply("nobody", "Yes");
    expect(await countUnread("alex")).toBe(2);
    expect(await countUnread("robin")).toBe(1);
  });

  it("lists them newest first when opened and marks them read, for this user only", async () => {
    await reply("mine", "Yes");
    await reply("mine", "Reserved");
    await reply("theirs", "Yes");
    const opened = await openNotifications("alex");
    expect(opened.items.map((item) => [item.taskName, item.answer])).toEqual([
      ["Amps", "Reserved"],
      ["Amps", "Yes"],
    ]);
    expect(opened).toMatchObject({ more: 0, unread: 0 });
    expect(await countUnread("alex")).toBe(0);
    expect(await countUnread("robin")).toBe(1);
    expect((await openNotifications("alex")).items).toEqual([]);
  });

  it("marks seen only the given replies on the user's own tasks", async () => {
    const seen = await reply("mine", "Yes");
    await reply("mine", "Reserved");
    const theirs = await reply("theirs", "Yes");
    expect(await markSeen("alex", [seen, theirs])).toBe(1);
    // Another user's reply cannot be marked read by naming its id.
    expect(await countUnread("robin")).toBe(1);
    expect(await markSeen("alex", [])).toBe(1);
  });
});
