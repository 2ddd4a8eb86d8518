"use client";
import { useEffect, useId, useRef } from "react";
import { useTranslations } from "next-intl";
import type { MessageTrailView } from "@/lib/shared/bus-views";
import { smallButtonClass } from "./small-button";
import { TrailList } from "./trail-list";

export type TrailState =
  { status: "loading" } | { status: "loaded"; name: string; trail: MessageTrailView[] } | { status: "error"; message?: string };

/**
 * A task's trail. It can open far below the "Trail" button that asked for it, so each
 * time it is opened (`opened` changes) it scrolls into view and takes focus: the region
 * is named by its heading, "Trail of <task>". "Close trail" hands focus back (onClose).
 */
export function TrailSection({ trail, opened, onClose }: { trail: TrailState; opened: number; onClose: () => void }) {
  const ref = useRef<HTMLElement>(null);
  const headingId = useId();
  const t = useTranslations("messageBus.trail");

  useEffect(() => {
    const section = ref.current;
    if (!section) return;
    const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    section.scrollIntoView({ block: "start", behavior: still ? "auto" : "smooth" });
    section.focus({ preventScroll: true });
  }, [opened]);

  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-labelledby={headingId}
      aria-busy={trail.status === "loading"}
      className="scroll-mt-4 rounded border border-accent p-2 focus-visible:outline-2 focus-visible:outline-focus"
    >
      <div className="mb-1 flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="min-w-0 font-semibold break-words">
          {trail.status === "loaded" ? t("trailOf", { name: trail.name }) : t("trail")}
        </h3>
        <button type="button" onClick={onClose} className={smallButtonClass}>
          {t("close")}
        </button>
      </div>
      {trail.status === "loading" ? <p className="text-xs text-muted">{t("loading")}</p> : null}
      {trail.status === "error" ? <p role="alert">{trail.message ?? t("loadFailed")}</p> : null}
      {trail.status === "loaded" ? <TrailList label={t("trailOf", { name: trail.name })} messages={trail.trail} /> : null}
    </section>
  );
}
