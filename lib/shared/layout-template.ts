// Zod-free: the browser's layout code imports it.

/** Columns of the portal's grid on wide screens, chosen per user. */
export const LAYOUT_TEMPLATES = [1, 2, 3] as const;
export type LayoutTemplate = (typeof LAYOUT_TEMPLATES)[number];

export function isLayoutTemplate(value: unknown): value is LayoutTemplate {
  return (LAYOUT_TEMPLATES as readonly unknown[]).includes(value);
}

/** A role with one portlet gets one column (no empty half); more share two. */
export function defaultTemplate(portletCount: number): LayoutTemplate {
  return portletCount > 1 ? 2 : 1;
}

/**
 * How many columns each portlet spans, in page order. A wide portlet spans two (or
 * one in a one-column layout); the last portlet of each row stretches to the row's
 * end, so no row ends in an empty gap — a lone portlet takes the whole width.
 */
export function columnSpans(wide: readonly boolean[], columns: LayoutTemplate): number[] {
  const spans = wide.map((isWide) => Math.min(columns, isWide ? 2 : 1));
  let used = 0;
  spans.forEach((span, index) => {
    if (used + span > columns) {
      spans[index - 1]! += columns - used;
      used = 0;
    }
    used = (used + span) % columns;
  });
  if (used > 0) spans[spans.length - 1]! += columns - used;
  return spans;
}
