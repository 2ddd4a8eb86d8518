"use client";
import { useCallback, useState } from "react";
import { useTranslations } from "next-intl";
import { useListenerActivity } from "@/lib/features/listener-activity/use-listener-activity";
import { replyText } from "@/lib/features/registry";
import { useSocketEvent } from "@/components/realtime/use-socket-event";
import type { GearItemView } from "@/lib/shared/gear";
import type { ListenerActivityView } from "@/lib/shared/task";
import { AddGearForm } from "./add-gear-form";
import { StockRow } from "./stock-row";

const heading = "mb-2 text-sm font-semibold tracking-wide text-muted uppercase";

/** The inventory manager's portlet: the stock (editable), new gear, and the checks answered. */
export function InventoryPortlet(props: { initialStock: GearItemView[]; initialActivity: ListenerActivityView[] }) {
  const t = useTranslations("inventory.portlet");
  // An answer's own words are its responder's keys (replyText).
  const catalogue = useTranslations();
  const [stock, setStock] = useState(props.initialStock);
  const activity = useListenerActivity("inventory", props.initialActivity);
  useSocketEvent("inventory:stock", setStock);
  const upsert = useCallback(
    (item: GearItemView) =>
      setStock((current) =>
        [...current.filter((known) => known.id !== item.id), item].sort((a, b) => a.name.localeCompare(b.name)),
      ),
    [],
  );

  return (
    <div className="space-y-6">
      <div>
        <h3 id="inventory-stock" className={heading}>
          {t("stock")}
        </h3>
        {stock.length === 0 ? (
          <p className="text-sm text-muted">{t("noStock")}</p>
        ) : (
          <ul aria-label={t("stockLabel")} className="divide-y divide-line text-sm">
            {stock.map((item) => (
              <StockRow key={`${item.id}:${item.quantity}`} item={item} onSaved={upsert} />
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3 id="inventory-add" className={heading}>
          {t("add")}
        </h3>
        <AddGearForm onAdded={upsert} />
      </div>
      <div>
        <h3 id="inventory-checks" className={heading}>
          {t("checks")}
        </h3>
        {activity.length === 0 ? (
          <p className="text-sm text-muted">{t("noChecks")}</p>
        ) : (
          <ul
            aria-label={t("checksLabel")}
            tabIndex={0}
            className="relative max-h-80 divide-y divide-line overflow-y-auto text-sm"
          >
            {activity.map((entry) => (
              <li key={entry.id} className="py-2">
                <p dir="auto" className="font-medium">
                  {entry.taskName}
                </p>
                <p className="text-muted">
                  {t("answered")} <bdi className="text-fg">{replyText(catalogue, entry)}</bdi>
                </p>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
