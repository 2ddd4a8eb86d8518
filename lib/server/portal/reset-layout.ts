import "server-only";
import type { PortalPage } from "@/lib/shared/portal-page";
import type { Role } from "@/lib/shared/roles";
import { db } from "../db/client";
import { translatedError } from "../i18n/error-text";
import { pageLayout } from "./page-layout";
import { defaultStartPage } from "./pages/start-pages";

/**
 * "Reset layout" on one page: back to how the role starts it — the admin's start page
 * of the same address if there is one, else every portlet in registry order — with
 * the default template and each portlet's own title and settings. Name and place stay.
 */
export async function resetLayout(options: {
  user: { id: string; role: Role };
  pageId: string;
  portletIds: readonly string[];
}): Promise<PortalPage> {
  const { user, pageId, portletIds } = options;
  const page = await db.userPage.findFirst({ where: { id: pageId, userId: user.id }, select: { slug: true } });
  if (!page) throw translatedError("not_found", "pageGone");
  const start =
    (await db.rolePage.findUnique({ where: { role_slug: { role: user.role, slug: page.slug } } })) ??
    defaultStartPage(portletIds);
  const { portlets, removed, template, config } = start;
  await db.userPage.update({ where: { id: pageId }, data: { portlets, removed, template, config } });
  return pageLayout(start, portletIds).page;
}
