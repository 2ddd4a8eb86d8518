import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";
import { DEMO_USERS } from "@/lib/shared/demo-users";
import { translatedError, type ErrorKey } from "../i18n/error-text";

/** The product's name: a password built from it is among the first an attacker tries here. */
const PRODUCT_WORDS = ["tourbus", "tour bus", "liferay"];
/** What must be left of a password once the user's own words are taken out. */
const MIN_OWN_PART = 6;

let common: Set<string> | undefined;
/** zxcvbn-ts's list of common passwords (49,233 of them, most common first), read once, offline. */
function commonPasswords(): Set<string> {
  return (common ??= new Set(dictionary["passwords-common"].map((word) => word.toLowerCase())));
}

/**
 * Passwords published with the product (the demo crew's, in the README and on the sign-in
 * page) and passphrases famous enough to be in every cracking list, though not in zxcvbn's.
 */
const PUBLISHED = new Set([
  ...DEMO_USERS.map((user) => user.password),
  "correcthorsebatterystaple",
  "correct horse battery staple",
]);

/** The letters that digits and symbols stand in for ("p@ssw0rd" is "password"). */
const LEET: Record<string, string> = {
  "@": "a",
  "4": "a",
  "8": "b",
  "3": "e",
  "6": "g",
  "1": "i",
  "!": "i",
  "0": "o",
  $: "s",
  "5": "s",
  "7": "t",
  "2": "z",
};

/**
 * The forms of a password an attacker's rules try first: as typed, without the digits and
 * symbols added before or after ("Summer2024!"), one unit of a doubled password
 * ("Passw0rd!Passw0rd!"), each with its digits and symbols read back as letters.
 */
function guessableForms(lower: string): string[] {
  const unit = /^(.+?)\1+$/su.exec(lower)?.[1] ?? lower;
  const forms = new Set<string>();
  for (const form of [lower, unit]) {
    const core = form.replace(/^[\d\W_]+|[\d\W_]+$/gu, "");
    for (const candidate of [form, core]) {
      forms.add(candidate);
      forms.add([...candidate].map((char) => LEET[char] ?? char).join(""));
    }
  }
  forms.delete("");
  return [...forms];
}

/** One character or a short unit over and over ("aaaaaaaaaa", "abcabcabca"), or a run ("1234567890", "zyxwvutsrq"). */
function isPattern(password: string): boolean {
  if (/^(.{1,3})\1+.{0,2}$/su.test(password)) return true;
  const codes = [...password].map((char) => char.codePointAt(0)!);
  const steps = new Set(codes.slice(1).map((code, i) => code - codes[i]!));
  return steps.size === 1 && [1, -1].includes([...steps][0]!);
}

/** The words of a name or an email that a password should not be built from. */
function ownWords(user: { name?: string; email?: string }): string[] {
  const [local = ""] = (user.email ?? "").toLowerCase().split("@");
  const words = [...(user.name ?? "").toLowerCase().split(/\s+/), local, ...local.split(/[._+-]+/), ...PRODUCT_WORDS];
  return [...new Set(words.filter((word) => word.length >= 3))].sort((a, b) => b.length - a.length);
}

/**
 * Why `password` is refused for this user (its message's key in the catalogue's "errors"),
 * or undefined when it may be used (NIST SP 800-63B 3.1.1.2, OWASP ASVS V2.1): the
 * length (10–128) is the schema's; no rules about
 * kinds of characters; refused are the passwords published with the product, the common
 * passwords (also dressed up with digits, symbols or doubling), repeated or sequential
 * characters, and passwords that are mostly the user's name, email or the product's name.
 * Only new passwords are checked (Add user, Reset password): the demo users are seeded.
 */
export function passwordRefusal(password: string, user: { name?: string; email?: string }): ErrorKey | undefined {
  const lower = password.toLowerCase();
  if (PUBLISHED.has(lower)) return "passwordPublished";
  if (guessableForms(lower).some((form) => commonPasswords().has(form))) return "passwordCommon";
  if (isPattern(lower)) return "passwordPattern";
  const rest = ownWords(user).reduce((left, word) => left.replaceAll(word, ""), lower);
  if ([...rest].length < MIN_OWN_PART) return "passwordOwnWords";
  return undefined;
}

/** Throws the refusal as a field error on `password`, as the forms show it. */
export function requireAcceptablePassword(password: string, user: { name?: string; email?: string }): void {
  const refusal = passwordRefusal(password, user);
  if (refusal) throw translatedError("invalid_input", refusal, { field: "password" });
}
