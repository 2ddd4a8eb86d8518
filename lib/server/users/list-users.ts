import "server-only";
import type { UserView } from "@/lib/shared/user-admin";
import { db } from "../db/client";
import { toUserView } from "./to-user-view";

/** Every user, by name: a crew is tens of people, not thousands. */
export async function listUsers(): Promise<UserView[]> {
  const rows = await db.user.findMany({
    select: { id: true, name: true, email: true, role: true, disabledAt: true, createdAt: true },
    orderBy: [{ name: "asc" }, { email: "asc" }],
  });
  return rows.map(toUserView);
}
