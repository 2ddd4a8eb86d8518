/** A form field's text as typed, "" when missing or a file: what a form shows back after an error. */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/**
 * A form action's form as the caller sent it. The page's forms always send a FormData;
 * a call made outside the page may send anything (`[]`, no arguments), which is read as
 * an empty form, so the action answers with its own refusal instead of a 500.
 */
export function asForm(sent: unknown): FormData {
  return sent instanceof FormData ? sent : new FormData();
}
