/**
 * A control's label cut to one word on a phone and whole from `sm` up, so a line of
 * controls fits a 390 px screen. The whole label stays in the text for screen readers
 * (sr-only on a phone), so the control's name is the whole label everywhere and contains
 * what is shown. The word is the label's first, or `short` where the first word is not the
 * one that says what the control does (German "Layout zurücksetzen" showed "Layout").
 */
export function ShortOnPhone({ label, short }: { label: string; short?: string }) {
  if (short !== undefined) {
    return (
      <>
        <span aria-hidden="true" className="sm:hidden">
          {short}
        </span>
        <span className="sr-only sm:not-sr-only">{label}</span>
      </>
    );
  }
  const space = label.indexOf(" ");
  if (space < 0) return label;
  return (
    <>
      {label.slice(0, space)}
      <span className="sr-only sm:not-sr-only">{label.slice(space)}</span>
    </>
  );
}
