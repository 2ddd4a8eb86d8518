import "server-only";
import { processValue, setProcessValue } from "@/lib/server/start/process-slot";
import type { z } from "zod";
import type { FeatureText } from "@/lib/shared/i18n/feature-text";
import type { ReplyDescription, ResponderReply } from "./feature";
import type { Responder } from "./registry";

// The responders plugged in at start (plug-features.ts), for the server code under the
// registry (storing, wording and routing replies): reading them here rather than from
// the registry keeps that code free of an import cycle, and lets a test plug a fixture.
const SLOT = "responders";

/** A responder as plugged in: its manifest, id and permission, and its replies' schema (its schema.ts). */
export type PluggedResponder = Responder & { replies: z.ZodType<ResponderReply> };

/** Plugs `responders` in for the process (start-up, or a test with a fixture). */
export function plugResponders(responders: readonly PluggedResponder[]): void {
  setProcessValue(SLOT, responders);
}

/** The responders plugged in, in the order of delivery. */
export function pluggedResponders(): readonly PluggedResponder[] {
  const responders = processValue<readonly PluggedResponder[]>(SLOT);
  if (!responders) throw new Error("no responders plugged in: start-up (plug-features.ts) plugs them before any reply is read");
  return responders;
}

export function responderOf(id: string): PluggedResponder | undefined {
  return pluggedResponders().find((responder) => responder.id === id);
}

/** How a reply reads, asked of the responder that sent it. The reply was checked against its schema on the way in. */
export function describeReply(reply: ResponderReply): ReplyDescription | undefined {
  return responderOf(reply.from)?.describe(reply);
}

/**
 * A stored reply's body as its responder's reply. The body was checked on the way in,
 * against the schemas of the responders plugged in then; a reply from a responder
 * plugged in no more is undefined, and is shown by its stored text alone.
 */
export function storedReply(body: string): ResponderReply | undefined {
  const parsed = JSON.parse(body) as { from?: unknown };
  return typeof parsed.from === "string" && responderOf(parsed.from) ? (parsed as ResponderReply) : undefined;
}

/** A stored reply in its responder's catalogue words, if it has them: for the notifications. */
export function storedReplyText(row: { body: string }): FeatureText | undefined {
  const reply = storedReply(row.body);
  return reply && describeReply(reply)?.text;
}

/** A payload read as a reply of the responder it names, or undefined when none plugged in reads it. */
export function readReply(payload: unknown): ResponderReply | undefined {
  const from = (payload as { from?: unknown } | null)?.from;
  if (typeof from !== "string") return undefined;
  const parsed = responderOf(from)?.replies.safeParse(payload);
  return parsed?.success ? parsed.data : undefined;
}
