import "server-only";
import type { Role } from "@/lib/shared/roles";
import { pageLayout } from "../page-layout";
import { listPages } from "./list-pages";

/**
 * The address of the first of the user's pages that holds `portletId` ("/" for the first
 * page), or the first page's when none does: where a link to something that portlet
 * shows is followed from a page without it.
 */
export async function pageWithPortlet(
  user: { id: string; role: Role },
  portletIds: readonly string[],
  portletId: string,
): Promise<string> {
  const rows = await listPages(user, portletIds);
  const index = rows.findIndex((row) => pageLayout(row, portletIds).page.portlets.some((placed) => placed.id === portletId));
  return index <= 0 ? "/" : `/p/${rows[index]!.slug}`;
}
