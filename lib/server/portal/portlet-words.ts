import "server-only";
import { getTranslations } from "next-intl/server";
import type { ConfigField } from "@/lib/shared/portlet-config-view";

/** t() over keys made at run time from a portlet's id, which the catalogue's types cannot check. */
type Lookup = { (key: string): string; has(key: string): boolean };

/** What the page shows of a portlet in words: its title, subtitle and Configuration fields. */
export type PortletWords = { id: string; title: string; subtitle: string; fields: ConfigField[] };

/**
 * A portlet's words in the reader's language: the catalogue's when it has them —
 * portlets.<id>.title and .subtitle, portlets.<id>.config.<field>.label, .hint and
 * .options.<value> — else the feature's own, so a feature without keys (the test fixture
 * "catering") still shows its manifest's title. The title field every portlet has is
 * portal.configDialog.titleField. A title the user typed is data: it stays as typed.
 */
export async function portletWords(): Promise<(portlet: PortletWords) => PortletWords> {
  const t = (await getTranslations()) as unknown as Lookup;
  const text = (key: string, own: string) => (t.has(key) ? t(key) : own);

  function field(portletId: string, own: ConfigField): ConfigField {
    const at = own.name === "title" ? "portal.configDialog.titleField" : `portlets.${portletId}.config.${own.name}`;
    const said = { ...own, label: text(`${at}.label`, own.label) };
    if ("hint" in said && said.hint !== undefined) said.hint = text(`${at}.hint`, said.hint);
    if ("options" in said) {
      said.options = said.options.map((option) => ({ ...option, label: text(`${at}.options.${option.value}`, option.label) }));
    }
    return said;
  }

  return (portlet) => ({
    id: portlet.id,
    title: text(`portlets.${portlet.id}.title`, portlet.title),
    subtitle: text(`portlets.${portlet.id}.subtitle`, portlet.subtitle),
    fields: portlet.fields.map((own) => field(portlet.id, own)),
  });
}
