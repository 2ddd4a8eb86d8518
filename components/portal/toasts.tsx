"use client";
import { useTranslations } from "next-intl";
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";

type Tone = "success" | "error";
/** A link in a toast: to the thing it is about (a task), followed in the page. */
export type ToastLink = { label: string; href: string; onFollow: () => void };
type Toast = { id: number; tone: Tone; text: string; link?: ToastLink };
type Notify = (text: string, tone?: Tone, link?: ToastLink) => void;

const ToastContext = createContext<Notify | null>(null);
/** Long enough to read a sentence; errors stay until dismissed. */
const SUCCESS_MS = 5000;
/** Toasts shown at once: an older one gives way, so the stack stays short. */
const SHOWN = 3;

/**
 * Toasts for actions' outcomes and problems that need the user, in one polite live
 * region that exists from the first render (a region added later is often not
 * announced). On wide screens they stack at the bottom left, newest last: the right of a
 * task — where the roadies' word ("Roadies:") and the task's buttons are — stays clear.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useTranslations("notifications.toasts");
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)), []);
  const notify = useCallback<Notify>((text, tone = "success", link) => {
    setToasts((all) => [...all.slice(-(SHOWN - 1)), { id: Date.now() + Math.random(), tone, text, link }]);
  }, []);
  const value = useMemo(() => notify, [notify]);

  return (
    <ToastContext value={value}>
      {children}
      <div
        role="status"
        aria-live="polite"
        aria-label={t("label")}
        className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex flex-col items-stretch gap-2 p-4 sm:right-auto sm:w-80 sm:items-start"
      >
        {toasts.map((toast) => (
          <ToastCard key={toast.id} toast={toast} onDismiss={dismiss} />
        ))}
      </div>
    </ToastContext>
  );
}

function ToastCard({ toast, onDismiss }: { toast: Toast; onDismiss: (id: number) => void }) {
  const t = useTranslations("notifications.toasts");
  useEffect(() => {
    if (toast.tone !== "success") return;
    const timer = window.setTimeout(() => onDismiss(toast.id), SUCCESS_MS);
    return () => window.clearTimeout(timer);
  }, [toast, onDismiss]);
  const tone = toast.tone === "success" ? "border-ok bg-ok-soft text-ok" : "border-danger bg-danger-soft text-danger";
  const link = toast.link;
  return (
    <div className={`pointer-events-auto flex w-full items-start gap-3 rounded-md border px-4 py-2 text-sm shadow-lg ${tone}`}>
      <p className="min-w-0 flex-1 break-words">
        {toast.text}
        {link ? (
          <>
            {" "}
            <a
              href={link.href}
              onClick={(event) => {
                event.preventDefault();
                link.onFollow();
                onDismiss(toast.id);
              }}
              className="font-semibold underline underline-offset-2"
            >
              {link.label}
            </a>
          </>
        ) : null}
      </p>
      <button
        type="button"
        onClick={() => onDismiss(toast.id)}
        className="rounded px-1 font-semibold focus-visible:outline-2 focus-visible:outline-focus"
        aria-label={t("dismiss")}
      >
        ×
      </button>
    </div>
  );
}

/** Shows a toast; for use inside ToastProvider. */
export function useToast(): Notify {
  const notify = useContext(ToastContext);
  if (!notify) throw new Error("useToast needs a ToastProvider above it.");
  return notify;
}
