"use client";
import { useEffect, useRef, useState } from "react";
import { syncNotificationsAction } from "@/lib/server/notifications/actions/sync-notifications";
import { useSocketEvent } from "@/components/realtime/use-socket-event";
import { isProblem, titleWithCount, type ProblemNotice } from "@/lib/shared/notifications";

/** Replies arriving together (a task's setup and inventory answers) are counted in one call. */
const SETTLE_MS = 250;
/** The action takes at most this many ids of each kind a call (sync-notifications.ts). */
const PER_CALL = 500;

/**
 * The person can see the portal: its tab is in front and its window not minimized.
 * Focus is not asked for: a portal on a second screen is watched without it.
 */
function looking(): boolean {
  return document.visibilityState === "visible";
}

/**
 * The bell's count — the user's tasks with an unread problem — kept by the server per
 * user (so it survives a reload and is the same on a second device), and shown in the
 * title. Each live reply is sent back: a routine one as seen when the portal was in
 * front of the user (they watched it arrive); a problem never is — it may be on a task
 * far down the list — but is described back (`onProblems`: the page toasts it) when it
 * is on the user's own task, which only the server knows.
 */
export function useUnreadCount(options: { initialUnread: number; onProblems: (problems: ProblemNotice[]) => void }) {
  const [unread, setUnread] = useState(options.initialUnread);
  const seen = useRef<string[]>([]);
  const problems = useRef<string[]>([]);
  const timer = useRef<number | undefined>(undefined);
  const syncing = useRef<Promise<void>>(Promise.resolve());
  const onProblems = useRef(options.onProblems);
  onProblems.current = options.onProblems;

  useSocketEvent("task:reply", ({ reply }) => {
    // A problem is told at once; routine replies arriving together are counted in one call.
    if (isProblem(reply)) {
      problems.current.push(reply.id);
      return schedule(0);
    }
    if (looking()) seen.current.push(reply.id);
    schedule(SETTLE_MS);
  });

  /** When the pending call is due: a routine reply waits for others, but never delays a problem's call. */
  const due = useRef(Infinity);
  function schedule(delay: number): void {
    const at = Date.now() + delay;
    if (delay > 0 && due.current <= at) return;
    window.clearTimeout(timer.current);
    due.current = at;
    timer.current = window.setTimeout(() => {
      due.current = Infinity;
      sync();
    }, delay);
  }

  function sync(): void {
    const batch = { seen: seen.current.splice(0, PER_CALL), problems: problems.current.splice(0, PER_CALL) };
    // A burst bigger than one call: the rest go in the next.
    if (seen.current.length > 0 || problems.current.length > 0) timer.current = window.setTimeout(sync, 0);
    // One call at a time, so an older answer cannot overwrite a newer count.
    syncing.current = syncing.current
      .then(() => syncNotificationsAction(batch))
      .then((result) => {
        if (!result.ok) return;
        setUnread(result.value.unread);
        if (result.value.problems.length > 0) onProblems.current(result.value.problems);
      })
      .catch((error: unknown) => console.error("tourbus: the unread count could not be updated", error));
  }

  /** The user followed a link to a problem: it is read. */
  function markRead(replyId: string): void {
    seen.current.push(replyId);
    schedule(0);
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

  return { unread, setUnread, markRead };
}
