import "server-only";
import type { z } from "zod";
import type { ResponderReply } from "../feature";
import type { MessageListener } from "@/lib/messaging/types";
import { storeReply } from "./server/store-reply";

/**
 * The tour manager's side of the call-back: keep each reply and show it live. What
 * arrives is checked against `replies`, the schemas of the responders the wiring has.
 */
export function tasksListener(replies: z.ZodType<ResponderReply>) {
  return {
    name: "tasks",
    async receive(message) {
      await storeReply(message, replies.parse(message.payload));
    },
  } satisfies MessageListener<ResponderReply, never>;
}
