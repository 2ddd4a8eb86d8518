"use client";
import { formatTime } from "@/lib/shared/format-time";
import { replyHeading } from "@/lib/features/registry";
import { notificationText, type NotificationView, type OpenedNotifications } from "@/lib/shared/notifications";
import { TaskLink } from "./task-link";

/** The opened bell: problems first, routine answers apart; each entry links to its task. */
export function NotificationsPanel({
  opened,
  onFollow,
}: {
  opened: OpenedNotifications | { error: string } | "loading";
  onFollow: () => void;
}) {
  if (opened === "loading") return <p className="text-muted">Loading…</p>;
  if ("error" in opened) return <p role="alert">{opened.error}</p>;
  if (opened.problems.length === 0 && opened.routine.length === 0) {
    return (
      <p className="text-muted">Nothing new. Problems and replies on your tasks that arrive while you are away show here.</p>
    );
  }
  return (
    // Scrollable, so focusable; positioned, so nothing inside escapes it.
    <div className="relative max-h-96 space-y-3 overflow-y-auto" tabIndex={0} role="group" aria-label="New notifications">
      <Group
        title="Problems"
        label="Problems on your tasks"
        items={opened.problems}
        more={opened.more.problems}
        empty="No problems."
        onFollow={onFollow}
      />
      <Group
        title="Routine answers"
        label="Routine answers on your tasks"
        items={opened.routine}
        more={opened.more.routine}
        empty="No routine answers."
        onFollow={onFollow}
      />
    </div>
  );
}

function Group(props: {
  title: string;
  label: string;
  items: NotificationView[];
  more: number;
  empty: string;
  onFollow: () => void;
}) {
  return (
    <div>
      {/* Not a heading: the page's h2s are its portlets. */}
      <p className="mb-1 font-semibold">{props.title}</p>
      {props.items.length === 0 ? (
        <p className="text-xs text-muted">{props.empty}</p>
      ) : (
        <ul aria-label={props.label} className="space-y-2">
          {props.items.map((item) => (
            <li key={item.id} className="border-b border-line pb-1 last:border-0">
              <TaskLink
                taskId={item.taskId}
                taskName={item.taskName}
                onFollow={props.onFollow}
                className={`underline underline-offset-2 hover:text-accent ${item.problem ? "font-medium text-danger" : ""}`}
              >
                <bdi>{notificationText({ ...item, who: replyHeading(item.from, item.kind) })}</bdi>
              </TaskLink>
              <p className="text-xs text-muted">
                <time dateTime={item.createdAt}>{formatTime(item.createdAt)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
      {props.more > 0 ? (
        <p className="mt-1 text-xs text-muted">And {props.more.toLocaleString()} older, also marked read.</p>
      ) : null}
    </div>
  );
}
