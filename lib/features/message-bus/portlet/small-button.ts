/**
 * The Message Bus portlet's compact buttons ("Replay to …", "Close trail", "Clear
 * filter"): at least 24 × 24 CSS px (WCAG 2.5.8), 44 px high on a touch screen.
 */
export const smallButtonClass =
  "inline-flex min-h-6 min-w-6 items-center justify-center rounded border border-field px-2 py-0.5 hover:bg-subtle focus-visible:outline-2 focus-visible:outline-focus pointer-coarse:min-h-11 pointer-coarse:min-w-11";

/** The log's filter controls, to the same sizes. */
export const smallControlClass = "min-h-6 rounded border border-field bg-surface px-1 py-0.5 pointer-coarse:min-h-11";
