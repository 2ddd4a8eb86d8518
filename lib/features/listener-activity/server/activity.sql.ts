import "server-only";
import { statement } from "@/lib/server/db/statement";

/** What a listener received and answered, once per message. */
export const insertActivity = statement({
  name: "insert listener activity",
  sql: `INSERT INTO "ListenerActivity" ("id", "listener", "messageId", "requestId", "taskName", "answer", "text", "createdAt")
        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("listener", "messageId") DO NOTHING`,
  params: [
    "ListenerActivity.id",
    "ListenerActivity.listener",
    "ListenerActivity.messageId",
    "ListenerActivity.requestId",
    "ListenerActivity.taskName",
    "ListenerActivity.answer",
    "ListenerActivity.text?",
    "ListenerActivity.createdAt",
  ],
});
