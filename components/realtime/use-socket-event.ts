"use client";
import { useEffect, useRef } from "react";
import type { ServerToClientEvents } from "@/lib/shared/realtime-events";
import { getSocket } from "./socket";

/** Calls `handler` for each `event` pushed by the server while the component is mounted. */
export function useSocketEvent<E extends keyof ServerToClientEvents>(event: E, handler: ServerToClientEvents[E]): void {
  // The latest handler, so re-renders do not re-subscribe.
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const socket = getSocket();
    const listener = ((...args: Parameters<ServerToClientEvents[E]>) =>
      (latest.current as (...a: typeof args) => void)(...args)) as never;
    socket.on(event, listener);
    return () => {
      socket.off(event, listener);
    };
  }, [event]);
}
