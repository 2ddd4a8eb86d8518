/** A form field's text as typed, "" when missing or a file: what a form shows back after an error. */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}
