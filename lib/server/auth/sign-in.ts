import "server-only";
import { APIError } from "better-auth/api";
import { auth } from "./auth";
import { clientIp } from "./client-ip";
import { guardSignIn } from "./sign-in-guard";

/**
 * Signs in with email and password under the lockout; the user's id when the session
 * cookie was set, else null. Called from the sign-in form's action; `nextCookies`
 * writes the cookie.
 */
export async function signInWithPassword(email: string, password: string, requestHeaders: Headers): Promise<string | null> {
  let userId: string | null = null;
  const signedIn = await guardSignIn(email, clientIp(requestHeaders), async () => {
    try {
      userId = (await auth.api.signInEmail({ body: { email, password }, headers: requestHeaders })).user.id;
      return true;
    } catch (error) {
      // Wrong email, wrong password, no password account: the same answer for all.
      if (error instanceof APIError) return false;
      throw error;
    }
  });
  return signedIn ? userId : null;
}
