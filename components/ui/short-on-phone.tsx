/**
 * A control's label in one word on a phone and whole from `sm` up, so a line of controls
 * fits a 390 px screen. The control's accessible name (its aria-label) stays the full
 * label, which contains the short one (WCAG 2.5.3, label in name).
 */
export function ShortOnPhone({ short, full }: { short: string; full: string }) {
  return (
    <>
      <span aria-hidden className="sm:hidden">
        {short}
      </span>
      <span aria-hidden className="hidden sm:inline">
        {full}
      </span>
    </>
  );
}
