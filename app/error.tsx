"use client";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { secondaryButtonClass } from "@/components/ui/field";

/** How often the page asks whether the server is back. */
const CHECK_EVERY_MS = 3000;

/**
 * The portal could not be shown (e.g. the server or its database is unreachable): say
 * so, offer a retry, and retry by itself once /api/health answers again — the page
 * once stayed on this error after the server was back. What was being typed in the
 * Tasks form is kept in this tab (lib/features/tasks/portlet/task-draft.ts).
 */
export default function PortalError({ retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const t = useTranslations("portal.error");
  const common = useTranslations("common");
  useEffect(() => {
    let stopped = false;
    const check = async () => {
      const healthy = await fetch("/api/health", { cache: "no-store" }).then(
        (response) => response.ok,
        () => false,
      );
      if (healthy && !stopped) retry();
    };
    const timer = setInterval(() => void check(), CHECK_EVERY_MS);
    const onOnline = () => void check();
    window.addEventListener("online", onOnline);
    return () => {
      stopped = true;
      clearInterval(timer);
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
