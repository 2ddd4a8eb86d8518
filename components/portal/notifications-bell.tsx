"use client";
import { useTranslations } from "next-intl";
import { lazy, Suspense, useEffect, useId, useRef, useState } from "react";
import { openNotificationsAction } from "@/lib/server/notifications/actions/open-notifications";
import { secondaryButtonClass } from "@/components/ui/field";
import { badgeText, type OpenedNotifications, type ProblemNotice } from "@/lib/shared/notifications";
import { showTask, taskHref } from "@/lib/shared/show-task";
import { replyText } from "@/lib/features/registry";
import { useToast } from "./toasts";
import { useUnreadCount } from "./use-unread-count";

// Fetched when first opened: the page's first load does not carry it.
const NotificationsPanel = lazy(() => import("./notifications-panel").then((module) => ({ default: module.NotificationsPanel })));

/** The panel's width on wider screens (Tailwind's w-96) and the margin it keeps from the screen's edge. */
const PANEL_WIDTH_PX = 384;
const EDGE_PX = 16;

/**
 * The bell: how many of the user's own tasks have a problem (a block, gear that is
 * short) they have not read — also in the tab's title — with a toast as each arrives
 * that links to the task. Opening it lists the problems apart from routine answers and
 * marks them read.
 */
export function NotificationsBell({ initialUnread }: { initialUnread: number }) {
  const t = useTranslations("notifications");
  const common = useTranslations("common");
  // The answer's own words are the responder's keys, anywhere in the catalogue.
  const catalogue = useTranslations();
  const notify = useToast();
  const { unread, setUnread, markRead } = useUnreadCount({
    initialUnread,
    onProblems: (problems: ProblemNotice[]) => {
      for (const problem of problems) {
        notify(t("problemLine", { task: problem.taskName, answer: replyText(catalogue, problem) }), "error", {
          label: t("bell.showTask"),
          href: taskHref(problem.taskId),
          onFollow: () => {
            markRead(problem.replyId);
            showTask({ taskId: problem.taskId, taskName: problem.taskName });
          },
        });
      }
    },
  });
  const [open, setOpen] = useState(false);
  const [opensRight, setOpensRight] = useState(false);
  const [opened, setOpened] = useState<OpenedNotifications | { error: string } | "loading">("loading");
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  async function toggle(): Promise<void> {
    if (open) return setOpen(false);
    // Where the wrapped header put the bell decides the side the panel opens to: right-aligned
    // from a bell near the left edge, it ran off the screen (German labels, 800–1280 px).
    const bell = root.current?.getBoundingClientRect();
    setOpensRight(bell !== undefined && bell.right < PANEL_WIDTH_PX + EDGE_PX);
    setOpen(true);
    setOpened("loading");
    const result = await openNotificationsAction().catch(() => undefined);
    if (!result?.ok) return setOpened({ error: result?.message ?? t("panel.loadFailed") });
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
        aria-label={t("bell.label", { count: unread })}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => void toggle()}
        className={`${secondaryButtonClass} inline-flex items-center gap-2`}
      >
        <BellIcon />
        {/* The word on wider screens; a phone shows the bell alone (the accessible name says it). */}
        <span aria-hidden="true" className="hidden sm:inline">
          {t("bell.name")}
        </span>
        {unread > 0 ? (
          <span aria-hidden="true" className="rounded-full bg-danger px-1.5 text-xs font-semibold text-danger-soft">
            {badgeText(unread)}
          </span>
        ) : null}
      </button>
      <div
        id={panelId}
        hidden={!open}
        // On a phone the bell may sit anywhere in the wrapped header: the panel spans the screen instead.
        className={`fixed inset-x-4 top-24 z-40 rounded-md border border-line bg-surface p-3 text-sm text-fg shadow-lg sm:absolute sm:inset-x-auto sm:top-auto sm:mt-2 sm:w-96 ${opensRight ? "sm:left-0" : "sm:right-0"}`}
      >
        {open ? (
          <Suspense fallback={<p className="text-muted">{common("loading")}</p>}>
            <NotificationsPanel opened={opened} onFollow={() => setOpen(false)} />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}

/** Drawn, not an emoji: not every system has an emoji font (a missing glyph shows as a box). */
function BellIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="h-4 w-4"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
      <path d="M13.73 21a2 2 0 0 1-3.46 0" />
    </svg>
  );
}
