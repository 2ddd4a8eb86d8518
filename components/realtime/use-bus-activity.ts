"use client";
import { useEffect, useRef } from "react";
import type { BusActivity } from "@/lib/shared/bus-views";
import { withSocket } from "./socket";

/** Joins the inspector room (again after each reconnect) and calls `handler` per bus step. */
export function useBusActivity(handler: (activity: BusActivity) => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(
    () =>
      withSocket((socket) => {
        const join = () => socket.emit("inspector:join");
        const onActivity = (activity: BusActivity) => latest.current(activity);
        if (socket.connected) join();
        socket.on("connect", join);
        socket.on("bus:activity", onActivity);
        return () => {
          socket.off("connect", join);
          socket.off("bus:activity", onActivity);
        };
      }),
    [],
  );
}
