"use client";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { secondaryButtonClass } from "@/components/ui/field";

/** How soon the page first asks whether the server is back. */
const FIRST_CHECK_MS = 3000;
/** The longest wait between checks once retries have begun. */
const LONGEST_WAIT_MS = 30_000;

/**
 * The portal could not be shown (e.g. the server or its database is unreachable): say
 * so, offer a retry, and retry by itself once /api/health answers again — the page
 * once stayed on this error after the server was back. What was being typed in the
 * Tasks form is kept in this tab (lib/features/tasks/portlet/task-draft.ts).
 *
 * After each retry the wait doubles: a retry is a refresh of the page, and one sent while
 * another is still rendering replaces it. With a fixed 3 s a restarted server whose first
 * render took longer (a loaded machine) never got a refresh through, and the page stayed here.
 */
export default function PortalError({ retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const t = useTranslations("portal.error");
  const common = useTranslations("common");
  useEffect(() => {
    let stopped = false;
    let wait = FIRST_CHECK_MS;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      clearTimeout(timer);
      const healthy = await fetch("/api/health", { cache: "no-store" }).then(
        (response) => response.ok,
        () => false,
      );
      if (stopped) return;
      if (healthy) {
        retry();
        wait = Math.min(wait * 2, LONGEST_WAIT_MS);
      }
      timer = setTimeout(() => void check(), wait);
    };
    timer = setTimeout(() => void check(), wait);
    const onOnline = () => void check();
    window.addEventListener("online", onOnline);
    return () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener("online", onOnline);
    };
  }, [retry]);

  return (
    <div className="mx-auto max-w-xl p-6">
      <div role="alert" className="rounded-lg border border-danger bg-danger-soft p-4 text-danger">
        <h1 className="text-lg font-semibold">{t("heading")}</h1>
        <p className="mt-1 text-sm">{t("body")}</p>
      </div>
      <button type="button" onClick={() => retry()} className={`${secondaryButtonClass} mt-4`}>
        {common("tryAgain")}
      </button>
    </div>
  );
}
