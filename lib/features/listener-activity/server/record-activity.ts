import "server-only";
import type { Message } from "@/lib/messaging/types";
import type { SetupRequest } from "@/lib/features/setup/schema";
import type { FeatureText } from "@/lib/shared/i18n/feature-text";
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
  /** The answer as a catalogue message, when the listener's responder words it (its reply's `describe`). */
  text?: FeatureText;
}): Promise<void> {
  const { listener, message, request, answer, text } = options;
  const taskName = request.name;
  const event = await writes.write(async (tx) => {
    const createdAt = new Date();
    const id = orderedId();
    const inserted = await tx.run(
      insertActivity,
      id,
      listener,
      message.id,
      message.correlationId,
      taskName,
      answer,
      text ? JSON.stringify(text) : null,
      createdAt,
    );
    if (inserted === 0) return undefined;
    const view: ListenerActivityView = {
      id,
      listener,
      requestId: message.correlationId,
      taskName,
      answer,
      ...(text ? { text } : {}),
      createdAt: createdAt.toISOString(),
      request: { description: request.description, gear: request.gear },
    };
    return logEvent(tx, "listener:activity", view);
  });
  if (event) push(event);
}
