"use client";
import { useState } from "react";
import { useSocketEvent } from "@/components/realtime/use-socket-event";
import type { ListenerActivityView, Responder } from "@/lib/shared/task";

const LIMIT = 50;

/** A listener's requests and answers, newest first, kept live. */
export function useListenerActivity(listener: Responder, initial: ListenerActivityView[]): ListenerActivityView[] {
  const [activity, setActivity] = useState(initial);
  useSocketEvent("listener:activity", (entry) => {
    if (entry.listener !== listener) return;
    setActivity((current) =>
      current.some((known) => known.id === entry.id) ? current : [entry, ...current].slice(0, LIMIT),
    );
  });
  return activity;
}
