import "server-only";
import { translatedError } from "../../i18n/error-text";

/**
 * Refuses a page name the user has already (case and spacing aside): two pages called
 * "home" and "Home" cannot be told apart in the page bar.
 */
export function refuseTakenName(name: string, others: readonly { name: string }[]): void {
  const key = nameKey(name);
  if (others.some((page) => nameKey(page.name) === key))
    throw translatedError("conflict", "pageNameTaken", { values: { name: name.trim() }, field: "name" });
}

function nameKey(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase();
}
