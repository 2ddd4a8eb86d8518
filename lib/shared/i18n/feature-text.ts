/**
 * A text a feature shows of its own: a key of the catalogue, under the feature's own
 * namespace ("setup.responder.label"), and its English, shown when the catalogue lacks
 * the key — a feature plugged in before its keys are (a test's fixture) still reads.
 * Read with featureText (lib/features/registry.ts).
 */
export type FeatureText = { key: string; en: string; values?: FeatureTextValues };

/**
 * The message's arguments. A list of texts is worded item by item and reads as one
 * ("2 × Amplifier, 1 × Drum kit"): a reply names as many lines of gear as it has.
 */
export type FeatureTextValues = Readonly<Record<string, string | number | readonly FeatureText[]>>;
