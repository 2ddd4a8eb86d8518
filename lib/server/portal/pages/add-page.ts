import "server-only";
import { PAGES_PER_USER_MAX, slugOf, type PageView } from "@/lib/shared/page-view";
import { db } from "../../db/client";
import { translatedError } from "../../i18n/error-text";
import { orderedId } from "../../db/ordered-id";
import { isUniqueViolation } from "../page-layout";
import { refuseTakenName } from "./page-name-taken";

/**
 * Adds an empty page after the user's last (Liferay's new pages are empty too: "Add
 * portlet" fills it); its address comes from its name. `portletIds`: the role's
 * portlets, all removed, so none joins the new page by itself.
 */
export async function addPage(options: { userId: string; name: string; portletIds: readonly string[] }): Promise<PageView> {
  const { userId, name } = options;
  const pages = await db.userPage.findMany({ where: { userId }, select: { slug: true, position: true, name: true } });
  if (pages.length >= PAGES_PER_USER_MAX) {
    throw translatedError("conflict", "pageLimit", { values: { max: PAGES_PER_USER_MAX } });
  }
  refuseTakenName(name, pages);
  const slug = slugOf(name, new Set(pages.map((page) => page.slug)));
  const position = Math.max(-1, ...pages.map((page) => page.position)) + 1;
  try {
    const row = await db.userPage.create({
      data: { id: orderedId(), userId, slug, name, position, portlets: "[]", removed: JSON.stringify(options.portletIds) },
    });
    return { id: row.id, slug: row.slug, name: row.name };
  } catch (error) {
    // The same name added at the same moment elsewhere took the address.
    if (isUniqueViolation(error)) throw translatedError("conflict", "pageAddedMeanwhile", { cause: error });
    throw error;
  }
}
