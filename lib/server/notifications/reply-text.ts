import "server-only";
import type { FeatureText } from "@/lib/shared/i18n/feature-text";
import { processValue, setProcessValue } from "../start/process-slot";

/** A stored reply in its responder's catalogue words, if it has them (lib/features/responders.ts words it). */
export type ReplyWording = (reply: { from: string; body: string }) => FeatureText | undefined;

/**
 * The features plug in how their replies read (plug-features.ts): the notifications are
 * platform code and name no responder, but the bell shows each answer in the reader's
 * language, as the Tasks portlet does.
 */
export function plugReplyWording(wording: ReplyWording): void {
  setProcessValue("reply-wording", wording);
}

/** The reply's wording; none when no feature plugged one in (its English is shown). */
export function replyWording(reply: { from: string; body: string }): FeatureText | undefined {
  return processValue<ReplyWording>("reply-wording")?.(reply);
}
