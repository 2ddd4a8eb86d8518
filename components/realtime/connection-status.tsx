"use client";
import { useEffect, useState } from "react";
import { withSocket } from "./socket";

type State = "connecting" | "live" | "offline";

const LABELS: Record<State, string> = { connecting: "Connecting…", live: "Live", offline: "Reconnecting…" };
const DOT: Record<State, string> = { connecting: "bg-amber-500", live: "bg-emerald-600", offline: "bg-red-600" };

/** Tells the crew whether replies are arriving live. */
export function ConnectionStatus() {
  const [state, setState] = useState<State>("connecting");
  useEffect(
    () =>
      withSocket((socket) => {
        const onConnect = () => setState("live");
        const onDisconnect = () => setState("offline");
        if (socket.connected) onConnect();
        socket.on("connect", onConnect);
        socket.on("disconnect", onDisconnect);
        socket.io.on("reconnect_attempt", onDisconnect);
        return () => {
          socket.off("connect", onConnect);
          socket.off("disconnect", onDisconnect);
          socket.io.off("reconnect_attempt", onDisconnect);
        };
      }),
    [],
  );
  return (
    <p role="status" data-state={state} className="flex items-center gap-2 text-sm text-muted">
      <span aria-hidden="true" className={`inline-block h-2.5 w-2.5 rounded-full ${DOT[state]}`} />
      {LABELS[state]}
    </p>
  );
}
