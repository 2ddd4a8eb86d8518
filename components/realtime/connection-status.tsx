"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { signInHref } from "@/lib/shared/return-to";
import { onSessionEnded, withSocket } from "./socket";

type State = "connecting" | "live" | "offline" | "signed-out";

/** Each state's word in the catalogue's "connection" namespace. */
const LABELS = {
  connecting: "connecting",
  live: "live",
  offline: "reconnecting",
  "signed-out": "signedOut",
} as const satisfies Record<State, string>;
const DOT: Record<State, string> = {
  connecting: "bg-amber-500",
  live: "bg-emerald-600",
  offline: "bg-red-600",
  "signed-out": "bg-red-600",
};

/**
 * Tells the crew whether replies are arriving live. Its width is that of its longest
 * label whatever it says, so going from "Connecting…" to "Live" moves nothing on the
 * page. When the server refuses the session, it says "Signed out" — never "Live" — with
 * a "Sign in" link that comes back to this page.
 */
export function ConnectionStatus() {
  const t = useTranslations("connection");
  const [state, setState] = useState<State>("connecting");
  const [returnTo, setReturnTo] = useState("/");
  useEffect(() => {
    const ended = () => {
      setReturnTo(window.location.pathname + window.location.search + window.location.hash);
      setState("signed-out");
    };
    const stopSession = onSessionEnded(ended);
    const stopSocket = withSocket((socket) => {
      const onConnect = () => setState((current) => (current === "signed-out" ? current : "live"));
      const onDisconnect = () => setState((current) => (current === "signed-out" ? current : "offline"));
      if (socket.connected) onConnect();
      socket.on("connect", onConnect);
      socket.on("disconnect", onDisconnect);
      socket.io.on("reconnect_attempt", onDisconnect);
      return () => {
        socket.off("connect", onConnect);
        socket.off("disconnect", onDisconnect);
        socket.io.off("reconnect_attempt", onDisconnect);
      };
    });
    return () => {
      stopSession();
      stopSocket();
    };
  }, []);
  return (
    <div className="flex items-center gap-2 text-sm">
      {/* The widest label's room, always: no reflow when it changes. */}
      <p role="status" data-state={state} className="flex w-32 items-center gap-2 whitespace-nowrap text-muted">
        <span aria-hidden="true" className={`inline-block h-2.5 w-2.5 shrink-0 rounded-full ${DOT[state]}`} />
        {t(LABELS[state])}
      </p>
      {state === "signed-out" ? (
        <p role="alert" className="whitespace-nowrap">
          <span className="sr-only">{`${t("sessionEnded")} `}</span>
          <a href={signInHref(returnTo)} className="font-semibold text-danger underline underline-offset-2">
            {t("signIn")}
          </a>
        </p>
      ) : null}
    </div>
  );
}
