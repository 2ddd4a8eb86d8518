import { useTranslations } from "next-intl";
import type { FeatureText } from "@/lib/shared/i18n/feature-text";
import { featureText, RESPONDERS } from "@/lib/features/registry";
import type { BusActivity } from "@/lib/shared/bus-views";

/** A stop of the flow: the two destinations, the Tasks portlet at each end, and each responder by its id. */
export type FlowStop = string;
/** A destination is drawn by its name; a portlet by its label, in the reader's language. */
type Stop = { key: FlowStop; kind: "destination" } | { key: FlowStop; kind: "portlet"; label: FeatureText };
const TASKS: FeatureText = { key: "portlets.tasks.title", en: "Tasks" };

/**
 * The seed scenario's route, left to right; each stop lights up as a message passes.
 * The responders are drawn from their table, in delivery order.
 */
export const FLOW_STOPS: readonly Stop[] = [
  { key: "tasks-out", label: TASKS, kind: "portlet" },
  { key: "tour/roadie/setup", kind: "destination" },
  ...RESPONDERS.map((responder): Stop => ({ key: responder.id, label: responder.label, kind: "portlet" })),
  { key: "tour/manager/task", kind: "destination" },
  { key: "tasks", label: TASKS, kind: "portlet" },
];

/** Which stops a step of the bus passes through. */
export function stopsFor(activity: BusActivity): FlowStop[] {
  if (activity.kind === "sent" && activity.destination === "tour/roadie/setup") return ["tasks-out", "tour/roadie/setup"];
  if (activity.kind === "sent" && activity.destination === "tour/manager/task") return ["tour/manager/task"];
  const { kind, listener } = activity;
  if (
    kind === "delivered" &&
    listener !== undefined &&
    (RESPONDERS.some((responder) => responder.id === listener) || listener === "tasks")
  )
    return [listener];
  return [];
}

export function FlowDiagram({ lit }: { lit: ReadonlySet<FlowStop> }) {
  const t = useTranslations();
  return (
    <ol aria-label={t("messageBus.flow.label")} className="flex flex-wrap items-center gap-1 text-xs">
      {FLOW_STOPS.map((stop, index) => {
        const on = lit.has(stop.key);
        const shape = stop.kind === "destination" ? "rounded-full font-mono" : "rounded-md font-semibold";
        const tone = on ? "border-warn bg-warn-soft text-warn" : "border-line bg-subtle text-fg";
        return (
          <li key={stop.key} className="flex items-center gap-1">
            {index > 0 ? <span aria-hidden="true">→</span> : null}
            <span data-lit={on} className={`border px-2 py-1 transition-colors duration-300 ${shape} ${tone}`}>
              {stop.kind === "destination" ? stop.key : featureText(t, stop.label)}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
