"use client";
import { useEffect, useRef } from "react";
import type { PortalEventMap, PortalEventType } from "@/lib/shared/realtime-events";
import { onPortalEvent } from "./socket";

/** Calls `handler` for each `type` event, pushed live or caught up after a disconnect. */
export function useSocketEvent<T extends PortalEventType>(type: T, handler: (data: PortalEventMap[T]) => void): void {
  // The latest handler, so re-renders do not re-subscribe.
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => onPortalEvent(type, (data) => latest.current(data)), [type]);
}
