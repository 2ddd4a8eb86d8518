"use client";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { saveLayoutAction } from "@/lib/features/portal/actions/save-layout";
import type { PortalPage } from "@/lib/shared/portal-page";
import { useToast } from "./toasts";

/**
 * Saves one page's layout in the background, one save after another, so a quick
 * minimize-then-maximize cannot land out of order. `then` runs after this save answered.
 */
export function usePageSaving(pageId: string) {
  const t = useTranslations("portal.layout");
  const notify = useToast();
  const saving = useRef<Promise<void>>(Promise.resolve());
  return function save(page: PortalPage, then?: () => void): void {
    saving.current = saving.current
      .then(() => saveLayoutAction({ pageId, page }))
      .then((result) => {
        if (!result.ok) return notify(result.message, "error");
        then?.();
      })
      .catch(() => notify(t("notSaved"), "error"));
  };
}
