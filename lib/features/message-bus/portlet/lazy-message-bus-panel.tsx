"use client";
import { lazy, Suspense, type ComponentProps } from "react";
import type { MessageBusPanel as Panel } from "./message-bus-panel";

const MessageBusPanel = lazy(() => import("./message-bus-panel").then((module) => ({ default: module.MessageBusPanel })));

/**
 * The Message Bus portlet (admins only) rendered on the server as before, its code
 * fetched once the rest of the page is interactive rather than before: React keeps
 * the server's markup until it arrives, then hydrates it (a click on it meanwhile is
 * replayed by React; a "Trail" request waits in show-trail.ts).
 */
export function LazyMessageBusPanel(props: ComponentProps<typeof Panel>) {
  return (
    <Suspense fallback={null}>
      <MessageBusPanel {...props} />
    </Suspense>
  );
}
