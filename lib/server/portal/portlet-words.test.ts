import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import de from "@/lib/shared/i18n/messages/de.json";
import { TITLE_ONLY_CONFIG } from "@/lib/shared/portlet-config";
import { portletWords } from "./portlet-words";

// The page is rendered for a German reader.
vi.mock("next-intl/server", () => ({ getTranslations: async () => createTranslator({ locale: "de", messages: de }) }));

describe("a portlet's words", () => {
  it("come from the catalogue when it has the portlet's keys", async () => {
    const wordsOf = await portletWords();
    const words = wordsOf({ id: "tasks", title: "Tasks", subtitle: "Tour manager", fields: TITLE_ONLY_CONFIG.fields });
    expect([words.title, words.subtitle]).toEqual([de.portlets.tasks.title, de.portlets.tasks.subtitle]);
    expect(words.fields[0]).toMatchObject({
      name: "title",
      label: de.portal.configDialog.titleField.label,
      hint: de.portal.configDialog.titleField.hint,
    });
  });

  it("are the feature's own when the catalogue has none (a plugged-in feature without keys)", async () => {
    const wordsOf = await portletWords();
    const fields = [
      ...TITLE_ONLY_CONFIG.fields,
      { kind: "select" as const, name: "menu", label: "Menu", options: [{ value: "vegan", label: "Vegan" }] },
    ];
    const words = wordsOf({ id: "catering", title: "Catering", subtitle: "Hospitality", fields });
    expect([words.title, words.subtitle]).toEqual(["Catering", "Hospitality"]);
    expect(words.fields[0]?.label).toBe(de.portal.configDialog.titleField.label);
    expect(words.fields[1]).toEqual(fields[1]);
  });
});
