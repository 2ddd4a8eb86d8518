"use client";
import { useEffect, useRef, useState } from "react";
import { syncNotificationsAction } from "@/lib/server/notifications/actions/sync-notifications";
import { useSocketEvent } from "@/components/realtime/use-socket-event";
import { titleWithCount } from "@/lib/shared/notifications";

/** Replies arriving together (a task's setup and inventory answers) are counted in one call. */
const SETTLE_MS = 250;
/** The action takes at most this many ids a call (sync-notifications.ts). */
const SEEN_PER_CALL = 500;

/**
 * The person can see the portal: its tab is in front and its window not minimized.
 * Focus is not asked for: a portal on a second screen is watched without it.
 */
function looking(): boolean {
  return document.visibilityState === "visible";
}

/**
 * The unread count, kept by the server per user (so it survives a reload and is the
 * same on a second device). Each live reply is sent back: as seen when the portal was
 * in front of the user (they watched it arrive), else only to learn the new count —
 * the server alone knows which tasks are the user's. The count is shown in the title.
 */
export function useUnreadCount(initialUnread: number) {
  const [unread, setUnread] = useState(initialUnread);
  const seen = useRef<string[]>([]);
  const timer = useRef<number | undefined>(undefined);
  const syncing = useRef<Promise<void>>(Promise.resolve());

  useSocketEvent("task:reply", ({ reply }) => {
    if (looking()) seen.current.push(reply.id);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(sync, SETTLE_MS);
  });

  function sync(): void {
    const batch = seen.current.splice(0, SEEN_PER_CALL);
    // A burst bigger than one call: the rest go in the next.
    if (seen.current.length > 0) timer.current = window.setTimeout(sync, 0);
    // One call at a time, so an older answer cannot overwrite a newer count.
    syncing.current = syncing.current
      .then(() => syncNotificationsAction({ seen: batch }))
      .then((result) => {
        if (result.ok) setUnread(result.value.unread);
      })
      .catch((error: unknown) => console.error("tourbus: the unread count could not be updated", error));
  }

  useEffect(() => () => window.clearTimeout(timer.current), []);
  useEffect(() => {
    const apply = () => {
      const title = titleWithCount(document.title, unread);
      if (document.title !== title) document.title = title;
    };
    apply();
    // Next streams the page's <title> in after hydration, and may set it again: keep the count in it.
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [unread]);

  return { unread, setUnread };
}
