"use client";
import { useTranslations } from "next-intl";
import type { RefObject } from "react";
import { secondaryButtonClass } from "@/components/ui/field";
import { ShortOnPhone } from "@/components/ui/short-on-phone";
import { LAYOUT_TEMPLATES, TEMPLATE_KEYS, type LayoutTemplate } from "@/lib/shared/layout-template";

/** Above the grid: add a portlet, choose the layout template, reset the page. */
export function PortalToolbar(props: {
  template: LayoutTemplate;
  onTemplate: (template: LayoutTemplate) => void;
  onAdd: () => void;
  addButton: RefObject<HTMLButtonElement | null>;
  onReset: () => void;
  resetting: boolean;
}) {
  const t = useTranslations("portal");
  return (
    // On a phone the buttons show one word (their names stay whole) so they share the page links' line.
    <div className="ml-auto flex flex-wrap items-center justify-end gap-2 sm:gap-3">
      <button ref={props.addButton} type="button" onClick={props.onAdd} aria-haspopup="dialog" className={secondaryButtonClass}>
        <ShortOnPhone label={t("toolbar.addPortlet")} />
      </button>
      {/* A phone always shows one column: the choice is for wide screens, and off a phone's crowded top. */}
      <div className="hidden items-center gap-2 sm:flex">
        <label htmlFor="layout-template" className="text-sm font-medium text-fg">
          {t("toolbar.layout")}
        </label>
        <select
          id="layout-template"
          value={props.template}
          onChange={(event) => props.onTemplate(event.target.value as LayoutTemplate)}
          aria-describedby="layout-template-hint"
          className="rounded-md border border-field bg-surface px-2 py-1.5 text-sm text-fg shadow-sm focus:border-focus focus:outline-none focus:ring-2 focus:ring-focus"
        >
          {LAYOUT_TEMPLATES.map((template) => (
            <option key={template} value={template}>
              {t(`templates.${TEMPLATE_KEYS[template]}`)}
            </option>
          ))}
        </select>
        <span id="layout-template-hint" className="sr-only">
          {t("toolbar.layoutHint")}
        </span>
      </div>
      <button type="button" onClick={props.onReset} disabled={props.resetting} className={secondaryButtonClass}>
        {props.resetting ? (
          t("toolbar.resetting")
        ) : (
          <ShortOnPhone label={t("toolbar.resetLayout")} short={t("toolbar.resetShort")} />
        )}
      </button>
    </div>
  );
}
