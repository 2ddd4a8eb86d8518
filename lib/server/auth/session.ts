import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { Permission } from "../access/permissions";
import { checkPermission, userFromSession, type SignedInUser } from "./read-session";

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireSignedIn(): Promise<SignedInUser> {
  const user = await userFromSession(await headers());
  if (!user) redirect("/sign-in");
  return user;
}

/** For server actions: the calling user, checked against `permission` (see checkPermission). */
export async function authorize(permission: Permission | null): Promise<SignedInUser> {
  return checkPermission(await userFromSession(await headers()), permission);
}
