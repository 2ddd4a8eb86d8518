"use server";
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/server/auth/auth";

/** Ends the session (its row is deleted, so the cookie is dead everywhere) and goes to sign-in. */
export async function signOutAction(): Promise<void> {
  // No session (already ended or expired) is not an error here: the user is out either way.
  await auth.api.signOut({ headers: await headers() }).catch(() => undefined);
  redirect("/sign-in");
}
