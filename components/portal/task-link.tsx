"use client";
import type { ReactNode } from "react";
import { showTask, taskHref } from "@/lib/shared/show-task";

/** A link to a task on the portal: the Tasks portlet scrolls to it, or searches for it when its page of the list lacks it. */
export function TaskLink(props: {
  taskId: string;
  taskName: string;
  onFollow?: () => void;
  className?: string;
  children: ReactNode;
}) {
  return (
    <a
      href={taskHref(props.taskId)}
      onClick={(event) => {
        event.preventDefault();
        props.onFollow?.();
        showTask({ taskId: props.taskId, taskName: props.taskName });
      }}
      className={props.className ?? "underline underline-offset-2 hover:text-accent"}
    >
      {props.children}
    </a>
  );
}
