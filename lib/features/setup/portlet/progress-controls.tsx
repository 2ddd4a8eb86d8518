"use client";
import { useId, useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { reportProgressAction } from "@/lib/features/setup/actions/report-progress";
import { useToast } from "@/components/portal/toasts";
import { controlClass, secondaryButtonClass } from "@/components/ui/field";
import { useTypedBeforeHydration } from "@/components/ui/use-typed-before-hydration";
import type { ProgressState } from "@/lib/shared/task";

/** Each state's label: the standing its report moves the task to. */
const LABELS = { "in-progress": "inProgress", done: "done", blocked: "blocked" } as const satisfies Record<ProgressState, string>;

/** A roadie's buttons for one request; "Blocked" needs a reason, asked for in place. */
export function ProgressControls({ requestId, taskName }: { requestId: string; taskName: string }) {
  const [pending, startTransition] = useTransition();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string>();
  const notify = useToast();
  const reasonId = useId();
  const reasonField = useRef<HTMLInputElement>(null);
  useTypedBeforeHydration(reasonField, reason, setReason);
  const t = useTranslations();

  function report(state: ProgressState): void {
    startTransition(async () => {
      // A server out of reach is said here, with the reason kept: not the portal's error page.
      const result = await reportProgressAction({ requestId, state, reason: state === "blocked" ? reason : undefined }).catch(
        () => undefined,
      );
      if (!result?.ok) {
        const message = result?.message ?? t("common.unreachable");
        if (state === "blocked") setError(message);
        else notify(message, "error");
        return;
      }
      setError(undefined);
      if (state === "blocked") setReason("");
      notify(t("setup.progress.marked", { task: taskName, state: t(`status.${LABELS[state]}`) }));
    });
  }

  return (
    <div role="group" aria-label={t("setup.progress.reportOn", { task: taskName })} className="flex flex-wrap items-end gap-2">
      <button type="button" disabled={pending} onClick={() => report("in-progress")} className={secondaryButtonClass}>
        {t("status.inProgress")}
      </button>
      <button type="button" disabled={pending} onClick={() => report("done")} className={secondaryButtonClass}>
        {t("status.done")}
      </button>
      <div className="min-w-40 flex-1">
        <label htmlFor={reasonId} className="sr-only">
          {t("setup.progress.reasonBlocked")}
        </label>
        <input
          ref={reasonField}
          id={reasonId}
          type="text"
          dir="auto"
          placeholder={t("setup.progress.reasonBlocked")}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") report("blocked");
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${reasonId}-error` : undefined}
          className={`${controlClass} block w-full py-1.5`}
        />
        {error ? (
          <p id={`${reasonId}-error`} className="mt-1 text-sm text-danger">
            {error}
          </p>
        ) : null}
      </div>
      <button type="button" disabled={pending} onClick={() => report("blocked")} className={secondaryButtonClass}>
        {t("status.blocked")}
      </button>
    </div>
  );
}
