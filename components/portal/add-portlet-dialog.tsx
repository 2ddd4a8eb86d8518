"use client";
import { useTranslations } from "next-intl";
import { secondaryButtonClass } from "@/components/ui/field";
import { ModalDialog } from "./modal-dialog";

export type PlaceablePortlet = { id: string; title: string; subtitle: string; placed: boolean };

/**
 * "Add portlet": every portlet this user may see (the server filtered the registry by
 * their role), those already on the page marked as placed.
 */
export function AddPortletDialog(props: {
  open: boolean;
  portlets: PlaceablePortlet[];
  onAdd: (id: string) => void;
  onClose: () => void;
}) {
  const t = useTranslations("portal");
  const common = useTranslations("common");
  return (
    <ModalDialog open={props.open} onClose={props.onClose} title={t("toolbar.addPortlet")}>
      <ul aria-label={t("addDialog.listLabel")} className="space-y-2">
        {props.portlets.map((portlet) => (
          <li key={portlet.id} className="flex items-center justify-between gap-3 rounded-md border border-line p-3">
            <div>
              <p className="font-semibold">{portlet.title}</p>
              <p className="text-sm text-muted">{portlet.subtitle}</p>
            </div>
            {portlet.placed ? (
              <span className="text-sm text-muted">{t("addDialog.onPage")}</span>
            ) : (
              <button type="button" onClick={() => props.onAdd(portlet.id)} className={secondaryButtonClass}>
                {t("addDialog.add", { title: portlet.title })}
              </button>
            )}
          </li>
        ))}
      </ul>
      <div className="mt-4 flex justify-end">
        <button type="button" onClick={props.onClose} className={secondaryButtonClass}>
          {common("close")}
        </button>
      </div>
    </ModalDialog>
  );
}
