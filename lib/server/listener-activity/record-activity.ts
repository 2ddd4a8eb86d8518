import "server-only";
import type { Message } from "@/lib/messaging/types";
import type { ListenerActivityView, Responder } from "@/lib/shared/task";
import { db } from "../db/client";
import { publish } from "../realtime/publish";
import { toActivityView } from "./to-activity-view";

/**
 * Records what a listener portlet received and answered, once per message (a
 * redelivered message finds its row and changes nothing), and shows it live.
 */
export async function recordActivity(options: {
  listener: Responder;
  message: Message;
  taskName: string;
  answer: string;
}): Promise<ListenerActivityView> {
  const { listener, message, taskName, answer } = options;
  const row = await db.listenerActivity.upsert({
    where: { listener_messageId: { listener, messageId: message.id } },
    create: { listener, messageId: message.id, requestId: message.correlationId, taskName, answer },
    update: {},
  });
  const view = toActivityView(row);
  await publish("listener:activity", view);
  return view;
}
