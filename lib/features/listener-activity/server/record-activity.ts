import "server-only";
import type { Message } from "@/lib/messaging/types";
import type { SetupRequest } from "@/lib/features/setup/schema";
import type { ListenerActivityView } from "@/lib/shared/task";
import { orderedId } from "@/lib/server/db/ordered-id";
import { writes } from "@/lib/server/db/writes";
import { logEvent, push } from "@/lib/server/realtime/publish";
import { insertActivity } from "./activity.sql";

/**
 * Records what a listener portlet received and answered, once per message (a
 * redelivered message finds its row and changes nothing), and shows it live.
 */
export async function recordActivity(options: {
  listener: string;
  message: Message;
  /** The request as the listener read it: its name is stored, its details travel with the event. */
  request: SetupRequest;
  answer: string;
}): Promise<void> {
  const { listener, message, request, answer } = options;
  const taskName = request.name;
  const event = await writes.write(async (tx) => {
    const createdAt = new Date();
    const id = orderedId();
    const inserted = await tx.run(insertActivity, id, listener, message.id, message.correlationId, taskName, answer, createdAt);
    if (inserted === 0) return undefined;
    const view: ListenerActivityView = {
      id,
      listener,
      requestId: message.correlationId,
      taskName,
      answer,
      createdAt: createdAt.toISOString(),
      request: { description: request.description, gear: request.gear },
    };
    return logEvent(tx, "listener:activity", view);
  });
  if (event) push(event);
}
