import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { can, type Permission } from "../access/permissions";
import { log } from "../log";
import { checkPermission, userFromSession, type SignedInUser } from "./read-session";

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireSignedIn(): Promise<SignedInUser> {
  const user = await userFromSession(await headers());
  if (!user) redirect("/sign-in");
  return user;
}

/**
 * For pages only some roles may open: the signed-in user, a redirect to sign-in, or
 * 403 with app/forbidden.tsx — the page's answer to what the API answers `forbidden`.
 */
export async function requirePermission(permission: Permission): Promise<SignedInUser> {
  const user = await requireSignedIn();
  if (!can(user.role, permission)) {
    log.warn({ userId: user.id, role: user.role, permission }, "refused: page needs a permission");
    forbidden();
  }
  return user;
}

/** For server actions: the calling user, checked against `permission` (see checkPermission). */
export async function authorize(permission: Permission | null): Promise<SignedInUser> {
  return checkPermission(await userFromSession(await headers()), permission);
}
