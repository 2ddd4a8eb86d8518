"use client";
import { useEffect, useId, useRef, useState } from "react";
import { openNotificationsAction } from "@/lib/server/notifications/actions/open-notifications";
import { secondaryButtonClass } from "@/components/ui/field";
import { replyHeading } from "@/lib/features/registry";
import { notificationsLabel, notificationText, type OpenedNotifications } from "@/lib/shared/notifications";
import { useUnreadCount } from "./use-unread-count";

/**
 * The bell: how many replies on the user's own tasks arrived while they were not
 * looking (also in the tab's title). Opening it lists them and marks them read.
 */
export function NotificationsBell({ initialUnread }: { initialUnread: number }) {
  const { unread, setUnread } = useUnreadCount(initialUnread);
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState<OpenedNotifications | { error: string } | "loading">("loading");
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  async function toggle(): Promise<void> {
    if (open) return setOpen(false);
    setOpen(true);
    setOpened("loading");
    const result = await openNotificationsAction().catch(() => undefined);
    if (!result?.ok) return setOpened({ error: result?.message ?? "The notifications could not be loaded." });
    setOpened(result.value);
    setUnread(result.value.unread);
  }

  // Esc or a click elsewhere closes the panel; Esc gives focus back to the bell.
  useEffect(() => {
    if (!open) return;
    function onKeyDown(event: KeyboardEvent): void {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      event.preventDefault();
      setOpen(false);
      button.current?.focus();
    }
    function onPointerDown(event: PointerEvent): void {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    }
    // Capture: before the layout's Esc (which restores a maximized portlet) sees it.
    document.addEventListener("keydown", onKeyDown, true);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown, true);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, [open]);

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-label={notificationsLabel(unread)}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => void toggle()}
        className={`${secondaryButtonClass} inline-flex items-center gap-2`}
      >
        <BellIcon />
        <span aria-hidden="true">Notifications</span>
        {unread > 0 ? (
          <span aria-hidden="true" className="rounded-full bg-danger px-1.5 text-xs font-semibold text-danger-soft">
            {unread}
          </span>
        ) : null}
      </button>
      <div
        id={panelId}
        hidden={!open}
        // On a phone the bell may sit anywhere in the wrapped header: the panel spans the screen instead.
        className="fixed inset-x-4 top-24 z-40 rounded-md border border-line bg-surface p-3 text-sm text-fg shadow-lg sm:absolute sm:inset-x-auto sm:top-auto sm:right-0 sm:mt-2 sm:w-96"
      >
        {/* Not a heading: the page's h2s are its portlets. */}
        <p className="mb-2 font-semibold">Replies on your tasks</p>
        <PanelBody opened={opened} />
      </div>
    </div>
  );
}

/** Drawn, not an emoji: not every system has an emoji font (a missing glyph shows as a box). */
function BellIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
      <path d="M13.73 21a2 2 0 0 1-3.46 0" />
    </svg>
  );
}

function PanelBody({ opened }: { opened: OpenedNotifications | { error: string } | "loading" }) {
  if (opened === "loading") return <p className="text-muted">Loading…</p>;
  if ("error" in opened) return <p role="alert">{opened.error}</p>;
  if (opened.items.length === 0) return <p className="text-muted">Nothing new. Replies that arrive while you are away show here.</p>;
  return (
    <>
      <ul aria-label="New replies" tabIndex={0} className="relative max-h-80 space-y-2 overflow-y-auto">
        {opened.items.map((item) => (
          <li key={item.id} className="border-b border-line pb-1 last:border-0">
            <p>{notificationText({ ...item, who: replyHeading(item.from, item.kind) })}</p>
            <p className="text-xs text-muted">
              <time dateTime={item.createdAt}>{new Date(item.createdAt).toLocaleTimeString()}</time>
            </p>
          </li>
        ))}
      </ul>
      {opened.more > 0 ? <p className="mt-2 text-xs text-muted">And {opened.more} older, also marked read.</p> : null}
    </>
  );
}
