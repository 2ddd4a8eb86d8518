import "server-only";
import { isRole, type Role } from "@/lib/shared/roles";
import { can, type Permission } from "../access/permissions";
import { refreshStoredGrants } from "../access/stored-grants";
import { log } from "../log";
import { translatedError } from "@/lib/server/i18n/error-text";

// No Next imports here: server.ts (Socket.IO, its own API route) loads this outside any request.

export type SignedInUser = { id: string; name: string; email: string; role: Role };

/** The session whose cookie is in `requestHeaders`, or null (none, expired, signed out). */
export async function readSession(
  requestHeaders: Headers,
): Promise<{ user: SignedInUser; expiresAt: Date; sessionId: string } | null> {
  // better-auth is loaded on first use, not when server.ts starts: the server answers sooner.
  const { auth } = await import("./auth");
  // Every page, action and socket check reads the session first: the permissions it checks next are fresh.
  const [session] = await Promise.all([auth.api.getSession({ headers: requestHeaders }), refreshStoredGrants()]);
  if (!session) return null;
  const { id, name, email, role, disabledAt } = session.user;
  // Disabling deletes the user's sessions; this also stops one made in the same moment.
  if (disabledAt) return null;
  if (!isRole(role)) {
    // A row edited by hand: treat as no access rather than guess a role.
    log.warn({ userId: id }, "user has an unknown role; refusing access");
    return null;
  }
  return { user: { id, name, email, role }, expiresAt: session.session.expiresAt, sessionId: session.session.id };
}

export async function userFromSession(requestHeaders: Headers): Promise<SignedInUser | null> {
  return (await readSession(requestHeaders))?.user ?? null;
}

/**
 * The signed-in user if their role grants `permission` (`null`: any signed-in user);
 * AppError "unauthenticated" or "forbidden" otherwise — logged, since a refused call
 * means someone went round the UI.
 */
export function checkPermission(user: SignedInUser | null, permission: Permission | null): SignedInUser {
  if (!user) throw translatedError("unauthenticated", "signInFirst");
  if (permission && !can(user.role, permission)) {
    log.warn({ userId: user.id, role: user.role, permission }, "refused: permission missing");
    throw translatedError("forbidden", "roleMayNot", { values: { role: user.role } });
  }
  return user;
}
