import type { FeatureText } from "@/lib/shared/i18n/feature-text";
import type { ReplyView } from "@/lib/shared/task";
import type { FeatureManifest, ResponderManifest } from "./feature";
import { inventoryFeature } from "./inventory/manifest";
import { messageBusFeature } from "./message-bus/manifest";
import { setupFeature } from "./setup/manifest";
import { tasksFeature } from "./tasks/manifest";

/**
 * Every feature, one line each, in the portal's default order; responders also answer
 * in this order (roadies first, then the inventory manager). The client-safe half:
 * each folder's plug-in.ts is found by the same id (plug-ins.generated.ts), and the
 * portlets, the wiring, the event readers and e2e's lists all follow from this list.
 */
export const FEATURES = [
  tasksFeature,
  setupFeature,
  inventoryFeature,
  messageBusFeature,
] as const satisfies readonly FeatureManifest[];

export type FeatureId = (typeof FEATURES)[number]["id"];

/** A responder with its feature's id: the `from` of its replies, its listener's name. */
export type Responder = ResponderManifest & { id: string; permission: FeatureManifest["permission"] };

/** The responders among `features`, in their order (the order of delivery). */
export function respondersOf(features: readonly FeatureManifest[]): Responder[] {
  return features.flatMap((feature) =>
    feature.responder ? [{ ...feature.responder, id: feature.id, permission: feature.permission }] : [],
  );
}

/** The responders of this build's registry: what the browser draws and names. */
export const RESPONDERS: readonly Responder[] = respondersOf(FEATURES);
const BY_ID = new Map(RESPONDERS.map((responder) => [responder.id, responder]));

/**
 * Any of next-intl's translators for the whole catalogue (`useTranslations()`,
 * `getTranslations()`): a feature names its keys at run time, so they are looked up here
 * rather than checked at compile time.
 */
export type CatalogueTranslator = ((key: never) => string) & { has: (key: never) => boolean };
type Lookup = { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean };

/** A feature's own text in the reader's language, or its English when the catalogue lacks the key. */
export function featureText(t: CatalogueTranslator, text: FeatureText): string {
  const lookup = t as unknown as Lookup;
  if (!lookup.has(text.key)) return text.en;
  if (!text.values) return lookup(text.key);
  const values = Object.fromEntries(
    Object.entries(text.values).map(([name, value]) => [
      name,
      typeof value === "object" ? value.map((item) => featureText(t, item)).join(", ") : value,
    ]),
  );
  return lookup(text.key, values);
}

/** A reply's answer in the reader's language: its responder's words, else its English as stored. */
export function replyText(t: CatalogueTranslator, reply: Pick<ReplyView, "answer" | "text">): string {
  return reply.text ? featureText(t, reply.text) : reply.answer;
}

/** A responder's name in the UI; a reply from one no longer registered shows its id. */
export function responderLabel(id: string, t: CatalogueTranslator): string {
  const responder = BY_ID.get(id);
  return responder ? featureText(t, responder.label) : id;
}

/** The notification's heading for a reply: the responder's own, else "<label> replied". */
export function replyHeading(options: { from: string; kind: string; t: CatalogueTranslator }): string {
  const { from, kind, t } = options;
  const own = BY_ID.get(from)?.heading?.(kind);
  if (own) return featureText(t, own);
  return (t as unknown as Lookup)("replies.replied", { responder: responderLabel(from, t) });
}
