import "server-only";
import type { StoredMessage } from "@/lib/messaging/store/message-store";
import { replyWording } from "@/lib/features/message-bus/server/reply-wording";
import type { MessageTrailView } from "@/lib/shared/bus-views";

export function toTrailView({ message, deliveries }: StoredMessage): MessageTrailView {
  const reply = replyWording(message);
  return {
    id: message.id,
    destination: message.destination,
    correlationId: message.correlationId,
    ...(message.responseDestination ? { responseDestination: message.responseDestination } : {}),
    ...(message.headers.listener ? { repliedBy: message.headers.listener } : {}),
    ...(reply ? { reply } : {}),
    createdAt: message.createdAt.toISOString(),
    deliveries: deliveries.map((d) => ({
      listener: d.listener,
      state: d.state,
      attempts: d.attempts,
      ...(d.lastError ? { lastError: d.lastError } : {}),
      ...(d.durationMs !== undefined ? { durationMs: Math.round(d.durationMs * 10) / 10 } : {}),
      updatedAt: d.updatedAt.toISOString(),
    })),
  };
}
