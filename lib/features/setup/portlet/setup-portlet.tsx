"use client";
import { useState } from "react";
import { useListenerActivity } from "@/lib/features/listener-activity/use-listener-activity";
import { useSocketEvent } from "@/components/realtime/use-socket-event";
import type { ProgressView } from "@/lib/shared/progress";
import type { ListenerActivityView } from "@/lib/shared/task";
import { ProgressControls } from "./progress-controls";

/** The roadies' portlet: each setup request, its "Yes", and their report on the work. */
export function SetupPortlet(props: {
  initialActivity: ListenerActivityView[];
  initialProgress: Record<string, ProgressView>;
  /** The roadies on this tour, from the crew list. */
  crew: string[];
}) {
  const activity = useListenerActivity("setup", props.initialActivity);
  const [progress, setProgress] = useState(props.initialProgress);
  useSocketEvent("task:reply", ({ requestId, reply }) => {
    const state = reply.progress;
    if (reply.kind === "progress" && state) {
      setProgress((current) => ({ ...current, [requestId]: { state, answer: reply.answer } }));
    }
  });

  const onDuty =
    props.crew.length > 0 ? (
      <p className="mb-3 text-sm text-muted">Roadies on this tour: {props.crew.join(", ")}</p>
    ) : null;
  if (activity.length === 0) {
    return (
      <>
        {onDuty}
        <p className="text-sm text-muted">No setup requests yet.</p>
      </>
    );
  }
  return (
    <>
      {onDuty}
      <ul aria-label="Setup requests" tabIndex={0} className="relative max-h-[32rem] divide-y divide-line overflow-y-auto text-sm">
        {activity.map((entry) => (
          <li key={entry.id} className="space-y-2 py-3 first:pt-0">
            <div>
              <p className="font-medium">{entry.taskName}</p>
              <p className="text-muted">
                Answered: <span className="text-fg">{entry.answer}</span>
                {" · "}
                Now: <span className="text-fg">{progress[entry.requestId]?.answer ?? "not started"}</span>
              </p>
            </div>
            <ProgressControls requestId={entry.requestId} taskName={entry.taskName} />
          </li>
        ))}
      </ul>
    </>
  );
}
