"use client";
import { useState } from "react";
import { Portlet } from "@/components/portal/portlet";
import { useSocketEvent } from "@/components/realtime/use-socket-event";
import type { ListenerActivityView, Responder } from "@/lib/shared/task";

const LIMIT = 50;

/** A listener's portlet (Setup, Inventory): the requests it received and its answers, live. */
export function ActivityPortlet(props: {
  listener: Responder;
  title: string;
  subtitle: string;
  emptyText: string;
  initialActivity: ListenerActivityView[];
}) {
  const [activity, setActivity] = useState(props.initialActivity);
  useSocketEvent("listener:activity", (entry) => {
    if (entry.listener !== props.listener) return;
    setActivity((current) =>
      current.some((known) => known.id === entry.id) ? current : [entry, ...current].slice(0, LIMIT),
    );
  });

  return (
    <Portlet title={props.title} subtitle={props.subtitle}>
      {activity.length === 0 ? (
        <p className="text-sm text-slate-600">{props.emptyText}</p>
      ) : (
        <ul aria-label={`${props.title} requests`} className="divide-y divide-slate-200 text-sm">
          {activity.map((entry) => (
            <li key={entry.id} className="py-2">
              <p className="font-medium">{entry.taskName}</p>
              <p className="text-slate-700">
                Answered: <span className="text-slate-900">{entry.answer}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </Portlet>
  );
}
