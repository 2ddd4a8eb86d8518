"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { secondaryButtonClass } from "@/components/ui/field";

/** How long "Copied" shows before the button reads "Copy" again. */
const COPIED_MS = 2000;

/**
 * Copies `text` to the clipboard. Says "Copied" on the button and in a polite live
 * region (a screen reader hears it), or, where the clipboard is refused (an insecure
 * origin, a denied permission), asks the user to copy it by hand.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useTranslations("tokens.copy");
  const [outcome, setOutcome] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (outcome !== "copied") return;
    const timer = window.setTimeout(() => setOutcome("idle"), COPIED_MS);
    return () => window.clearTimeout(timer);
  }, [outcome]);

  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome("copied");
    } catch {
      setOutcome("failed");
    }
  }

  return (
    <>
      <button
        type="button"
        onClick={() => void copy()}
        aria-label={outcome === "copied" ? undefined : label}
        className={secondaryButtonClass}
      >
        {outcome === "copied" ? t("copied") : t("copy")}
      </button>
      <span role="status" className="text-xs">
        {outcome === "copied" ? <span className="sr-only">{t("copiedStatus")}</span> : null}
        {outcome === "failed" ? <span className="text-danger">{t("refused")}</span> : null}
      </span>
    </>
  );
}
