import "server-only";
import { defaultLayout } from "@/lib/shared/portal-layout";
import type { Role } from "@/lib/shared/roles";
import { db } from "../../db/client";
import type { PageColumns } from "../page-layout";

export type StartPage = PageColumns & { slug: string; name: string };

/** The role's default page when an admin set none: every portlet it may see, its default template. */
export function defaultStartPage(portletIds: readonly string[]): StartPage {
  return {
    slug: "home",
    name: "Home",
    portlets: JSON.stringify(defaultLayout(portletIds)),
    removed: "[]",
    template: null,
    config: "{}",
  };
}

/** The pages a user of `role` starts with, in order: the admin's choice, else one page of every portlet. */
export async function startPagesOf(role: Role, portletIds: readonly string[]): Promise<StartPage[]> {
  const rows = await db.rolePage.findMany({ where: { role }, orderBy: { position: "asc" } });
  if (rows.length === 0) return [defaultStartPage(portletIds)];
  return rows.map(({ slug, name, portlets, removed, template, config }) => ({ slug, name, portlets, removed, template, config }));
}
