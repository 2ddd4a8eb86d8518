/**
 * Where sign-in sends the user back: a path on this site only (never another origin, so
 * a crafted link cannot use the sign-in page to send someone elsewhere).
 */
export const RETURN_PARAM = "callbackUrl";

/** The path to return to, or "/" when `value` is absent or not a path of this site. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || value.length > 2000) return "/";
  // "/x" only: not "//host" or "/\\host" (both leave the site), nor a scheme, nor control characters.
  if (!/^\/(?![/\\])/.test(value) || hasControlCharacter(value) || !value.isWellFormed()) return "/";
  // Spaces and non-ASCII as UTF-8 percent-escapes: the redirect's Location is a header, which
  // takes Latin-1 only ("/\u3000" made sign-in answer 500, "/?q=café" arrived as "/?q=cafÃ©").
  return value.replace(/[^\x21-\x7e]+/g, (run) => encodeURIComponent(run));
}

function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** The sign-in page's address that comes back to `path` afterwards. */
export function signInHref(path: string): string {
  const back = safeReturnPath(path);
  return back === "/" ? "/sign-in" : `/sign-in?${RETURN_PARAM}=${encodeURIComponent(back)}`;
}
