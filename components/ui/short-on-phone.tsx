/**
 * A control's label cut to its first word on a phone and whole from `sm` up, so a line of
 * controls fits a 390 px screen. The rest stays in the text for screen readers (sr-only on
 * a phone), so the control's name is the whole label everywhere and contains what is shown.
 */
export function ShortOnPhone({ label }: { label: string }) {
  const space = label.indexOf(" ");
  if (space < 0) return label;
  return (
    <>
      {label.slice(0, space)}
      <span className="sr-only sm:not-sr-only">{label.slice(space)}</span>
    </>
  );
}
