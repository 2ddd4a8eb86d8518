"use client";
import { useState } from "react";
import { useSocketEvent } from "@/components/realtime/use-socket-event";
import type { ListenerActivityView } from "@/lib/shared/task";

/** How many requests a listener portlet keeps (the server sends as many: ACTIVITY_LIST_LIMIT). */
export const LISTENER_ACTIVITY_LIMIT = 50;

/** A listener's requests and answers, newest first, kept live. */
export function useListenerActivity(listener: string, initial: ListenerActivityView[]): ListenerActivityView[] {
  const [activity, setActivity] = useState(initial);
  useSocketEvent("listener:activity", (entry) => {
    if (entry.listener !== listener) return;
    setActivity((current) =>
      current.some((known) => known.id === entry.id) ? current : [entry, ...current].slice(0, LISTENER_ACTIVITY_LIMIT),
    );
  });
  return activity;
}
