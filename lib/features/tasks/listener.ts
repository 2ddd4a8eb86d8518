import "server-only";
import type { MessageListener } from "@/lib/messaging/types";
import { taskReplySchema, type TaskReply } from "./schema";
import { storeReply } from "./server/store-reply";

/** The tour manager's side of the call-back: keep each reply and show it live. */
export const tasksListener = {
  name: "tasks",
  async receive(message) {
    await storeReply(message, taskReplySchema.parse(message.payload));
  },
} satisfies MessageListener<TaskReply, never>;
