import { beforeEach, describe, expect, it } from "vitest";
import { MessageBus } from "@/lib/messaging/message-bus";
import type { MessageListener, Route } from "@/lib/messaging/types";
import { RESPONDERS } from "@/lib/features/registry";
import { SqlMessageStore } from "@/lib/server/bus/sql-message-store";
import { db } from "@/lib/server/db/client";
import { writes } from "@/lib/server/db/writes";
import { getTask } from "./get-task";
import { listTasks } from "./list-tasks";

// What the wiring looked like before a responder was added: the same destination and
// store as the server's, with only the roadies listening. Nobody answers here, so the
// delivery records are all that is written.
const idle = (name: string): MessageListener => ({ name, receive: () => new Promise<void>(() => undefined) });

async function sendRequest(requestId: string, listeners: string[]) {
  const bus = new MessageBus<{ "tour/roadie/setup": Route }>({
    destinations: { "tour/roadie/setup": { type: "serial", listeners: listeners.map(idle) } },
    store: new SqlMessageStore(db, writes),
  });
  await bus.send("tour/roadie/setup", { name: requestId }, { id: requestId, correlationId: requestId });
}

async function addTask(id: string, requestId: string) {
  await db.task.create({ data: { id, name: id, status: "Open", requestId } });
}

describe("the replies a task waits for", () => {
  beforeEach(async () => {
    await db.taskReply.deleteMany();
    await db.task.deleteMany();
    await db.busDelivery.deleteMany();
    await db.busMessage.deleteMany();
  });

  it("are the responders its request was delivered to: one sent before Inventory was wired waits for Setup only", async () => {
    await addTask("before", "request-before");
    await sendRequest("request-before", ["setup"]);
    await addTask("after", "request-after");
    await sendRequest("request-after", ["setup", "inventory"]);

    expect((await getTask("before")).expected).toEqual(["setup"]);
    expect((await getTask("after")).expected).toEqual(["setup", "inventory"]);
    const listed = new Map((await listTasks()).tasks.map((task) => [task.id, task.expected]));
    expect(listed.get("before")).toEqual(["setup"]);
    expect(listed.get("after")).toEqual(["setup", "inventory"]);
  });

  it("leave out listeners that answer nobody, and list responders in delivery order", async () => {
    await addTask("audited", "request-audited");
    await sendRequest("request-audited", ["inventory", "audit-log", "setup"]);

    expect((await getTask("audited")).expected).toEqual(["setup", "inventory"]);
  });

  it("are today's responders for a request not sent yet (the next start sends it to them)", async () => {
    await addTask("unsent", "request-unsent");

    expect((await getTask("unsent")).expected).toEqual(RESPONDERS.map((responder) => responder.id));
  });
});
