"use client";
import { useLocale, useTranslations } from "next-intl";
import { formatTime } from "@/lib/shared/format-time";
import { replyHeading, replyText } from "@/lib/features/registry";
import type { NotificationView, OpenedNotifications } from "@/lib/shared/notifications";
import { TaskLink } from "./task-link";

/** The opened bell: problems first, routine answers apart; each entry links to its task. */
export function NotificationsPanel({
  opened,
  onFollow,
}: {
  opened: OpenedNotifications | { error: string } | "loading";
  onFollow: () => void;
}) {
  const t = useTranslations("notifications.panel");
  const common = useTranslations("common");
  if (opened === "loading") return <p className="text-muted">{common("loading")}</p>;
  if ("error" in opened) return <p role="alert">{opened.error}</p>;
  if (opened.problems.length === 0 && opened.routine.length === 0) {
    return <p className="text-muted">{t("nothingNew")}</p>;
  }
  return (
    // Scrollable, so focusable; positioned, so nothing inside escapes it.
    <div className="relative max-h-96 space-y-3 overflow-y-auto" tabIndex={0} role="group" aria-label={t("label")}>
      <Group
        title={t("problems")}
        label={t("problemsLabel")}
        items={opened.problems}
        more={opened.more.problems}
        empty={t("noProblems")}
        onFollow={onFollow}
      />
      <Group
        title={t("routine")}
        label={t("routineLabel")}
        items={opened.routine}
        more={opened.more.routine}
        empty={t("noRoutine")}
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
  const t = useTranslations();
  const locale = useLocale();
  /** What happened to which task: a problem reads by its answer alone, a routine reply under its responder's heading. */
  const lineOf = (item: NotificationView) =>
    item.problem
      ? t("notifications.problemLine", { task: item.taskName, answer: replyText(t, item) })
      : t("notifications.routineLine", {
          who: replyHeading({ from: item.from, kind: item.kind, t }),
          task: item.taskName,
          answer: replyText(t, item),
        });
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
                <bdi>{lineOf(item)}</bdi>
              </TaskLink>
              <p className="text-xs text-muted">
                <time dateTime={item.createdAt}>{formatTime(item.createdAt, locale)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
      {props.more > 0 ? <p className="mt-1 text-xs text-muted">{t("notifications.panel.more", { count: props.more })}</p> : null}
    </div>
  );
}
