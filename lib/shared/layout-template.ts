// Zod-free: the browser's layout code imports it.

/**
 * Liferay's layout templates, chosen per page: equal columns (1, 2, 3), two columns of
 * 30/70 or 70/30, and 1-2-1 (a full-width row, two columns, a full-width row).
 */
export const LAYOUT_TEMPLATES = ["1", "2", "3", "30-70", "70-30", "1-2-1"] as const;
export type LayoutTemplate = (typeof LAYOUT_TEMPLATES)[number];

/** Each template's name in the catalogue: `portal.templates.<key>` ("2 columns, 30/70"). */
export const TEMPLATE_KEYS = {
  "1": "oneColumn",
  "2": "twoColumns",
  "3": "threeColumns",
  "30-70": "thirtySeventy",
  "70-30": "seventyThirty",
  "1-2-1": "oneTwoOne",
} as const satisfies Record<LayoutTemplate, string>;

/** Grid columns of each template on wide screens. */
const COLUMNS: Record<LayoutTemplate, 1 | 2 | 3> = { "1": 1, "2": 2, "3": 3, "30-70": 2, "70-30": 2, "1-2-1": 2 };

export function isLayoutTemplate(value: unknown): value is LayoutTemplate {
  return (LAYOUT_TEMPLATES as readonly unknown[]).includes(value);
}

/** A role with one portlet gets one column (no empty half); more share two. */
export function defaultTemplate(portletCount: number): LayoutTemplate {
  return portletCount > 1 ? "2" : "1";
}

/**
 * How many grid columns each portlet spans, in page order. A wide portlet spans two (or
 * one in a one-column layout); the last portlet of each row stretches to the row's
 * end, so no row ends in an empty gap — a lone portlet takes the whole width. In 1-2-1
 * the first and the last portlet take a row each, the others share two columns.
 */
export function templateSpans(wide: readonly boolean[], template: LayoutTemplate): number[] {
  const columns = COLUMNS[template];
  if (template !== "1-2-1" || wide.length < 3) return columnSpans(wide, columns);
  return [columns, ...columnSpans(wide.slice(1, -1), columns), columns];
}

function columnSpans(wide: readonly boolean[], columns: 1 | 2 | 3): number[] {
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

/** Columns of a template's grid (for tests and the frame's span check). */
export function columnsOf(template: LayoutTemplate): 1 | 2 | 3 {
  return COLUMNS[template];
}
