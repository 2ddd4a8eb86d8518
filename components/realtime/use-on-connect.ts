"use client";
import { useEffect, useRef } from "react";
import { withSocket } from "./socket";

/**
 * Calls `handler` whenever the live connection is (re)established — the server is
 * reachable again — and once at mount if it is already up.
 */
export function useOnConnect(handler: () => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(
    () =>
      withSocket((socket) => {
        const onConnect = () => latest.current();
        if (socket.connected) onConnect();
        socket.on("connect", onConnect);
        return () => void socket.off("connect", onConnect);
      }),
    [],
  );
}
