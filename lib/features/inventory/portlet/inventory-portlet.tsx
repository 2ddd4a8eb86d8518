"use client";
import { useCallback, useState } from "react";
import { useListenerActivity } from "@/lib/features/listener-activity/use-listener-activity";
import { useSocketEvent } from "@/components/realtime/use-socket-event";
import type { GearItemView } from "@/lib/shared/gear";
import type { ListenerActivityView } from "@/lib/shared/task";
import { AddGearForm } from "./add-gear-form";
import { StockRow } from "./stock-row";

const heading = "mb-2 text-sm font-semibold tracking-wide text-muted uppercase";

/** The inventory manager's portlet: the stock (editable), new gear, and the checks answered. */
export function InventoryPortlet(props: { initialStock: GearItemView[]; initialActivity: ListenerActivityView[] }) {
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
          Stock
        </h3>
        {stock.length === 0 ? (
          <p className="text-sm text-muted">No gear in stock yet. Add some below.</p>
        ) : (
          <ul aria-label="Gear in stock" className="divide-y divide-line text-sm">
            {stock.map((item) => (
              <StockRow key={`${item.id}:${item.quantity}`} item={item} onSaved={upsert} />
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3 id="inventory-add" className={heading}>
          Add gear
        </h3>
        <AddGearForm onAdded={upsert} />
      </div>
      <div>
        <h3 id="inventory-checks" className={heading}>
          Recent checks
        </h3>
        {activity.length === 0 ? (
          <p className="text-sm text-muted">No inventory checks yet.</p>
        ) : (
          <ul
            aria-label="Inventory requests"
            tabIndex={0}
            className="relative max-h-80 divide-y divide-line overflow-y-auto text-sm"
          >
            {activity.map((entry) => (
              <li key={entry.id} className="py-2">
                <p dir="auto" className="font-medium">
                  {entry.taskName}
                </p>
                <p className="text-muted">
                  Answered: <bdi className="text-fg">{entry.answer}</bdi>
                </p>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
