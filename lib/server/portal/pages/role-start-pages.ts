import "server-only";
import type { Role } from "@/lib/shared/roles";
import { db } from "../../db/client";
import { orderedId } from "../../db/ordered-id";

/**
 * Makes a user's pages (an admin's own, as arranged) the pages every user of `role`
 * starts with: names, order, portlets, templates and configuration. Portlets the role
 * may not see are dropped when a user's page is read. Users who have pages keep theirs.
 */
export async function setRoleStartPages(options: { role: Role; fromUserId: string }): Promise<number> {
  return db.$transaction(async (tx) => {
    const pages = await tx.userPage.findMany({
      where: { userId: options.fromUserId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
    });
    await tx.rolePage.deleteMany({ where: { role: options.role } });
    for (const [position, page] of pages.entries()) {
      const { slug, name, portlets, removed, template, config } = page;
      await tx.rolePage.create({
        data: { id: orderedId(), role: options.role, position, slug, name, portlets, removed, template, config },
      });
    }
    return pages.length;
  });
}

/** Back to the default: a new user of `role` starts with one page of every portlet they may see. */
export async function clearRoleStartPages(role: Role): Promise<void> {
  await db.rolePage.deleteMany({ where: { role } });
}

export type RoleStartPage = { name: string; portlets: string[] };

/** Each role's start pages as set by an admin (a role missing here has the default). */
export async function listRoleStartPages(): Promise<Partial<Record<Role, RoleStartPage[]>>> {
  const rows = await db.rolePage.findMany({ orderBy: [{ role: "asc" }, { position: "asc" }] });
  const byRole: Partial<Record<Role, RoleStartPage[]>> = {};
  for (const row of rows) {
    const placed = parseIds(row.portlets);
    (byRole[row.role as Role] ??= []).push({ name: row.name, portlets: placed });
  }
  return byRole;
}

function parseIds(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value)
      ? value.flatMap((entry: unknown) =>
          typeof entry === "object" && entry && "id" in entry && typeof entry.id === "string" ? [entry.id] : [],
        )
      : [];
  } catch {
    return [];
  }
}
