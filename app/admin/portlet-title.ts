import type { getTranslations } from "next-intl/server";

type PortletText = Awaited<ReturnType<typeof getTranslations<"portlets">>>;

/**
 * A portlet's title in the reader's language: the catalogue's `portlets.<id>.title`, or
 * the title its manifest declares (a plug-in the catalogue does not know yet).
 */
export function portletTitle(t: PortletText, portlet: { id: string; title: string }): string {
  const key = `${portlet.id}.title` as Parameters<PortletText>[0];
  return t.has(key) ? t(key) : portlet.title;
}
