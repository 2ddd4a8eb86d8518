"use client";
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from "react";

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Tab from the last control goes to the first, Shift+Tab from the first to the last:
 * showModal() makes the page inert, but Tab may still leave for the browser's own UI
 * (or, headless, the document), and a keyboard user would be lost outside the dialog.
 */
function keepFocusInside(event: KeyboardEvent<HTMLDialogElement>): void {
  if (event.key !== "Tab") return;
  const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || !event.currentTarget.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * A modal dialog on the browser's own <dialog>: showModal() makes the rest of the
 * page inert, Tab stays inside, Esc closes it, and on closing focus goes back to the
 * control that opened it (or `returnFocus`, when that control is gone).
 */
export function ModalDialog(props: {
  open: boolean;
  onClose: () => void;
  title: string;
  returnFocus?: () => HTMLElement | null | undefined;
  children: ReactNode;
}) {
  const { open, onClose, returnFocus } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    function onDialogClose(): void {
      const target = returnFocus?.() ?? opener.current;
      if (target?.isConnected) target.focus();
      onClose();
    }
    dialog.addEventListener("close", onDialogClose);
    return () => dialog.removeEventListener("close", onDialogClose);
  }, [onClose, returnFocus]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onKeyDown={keepFocusInside}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-line bg-surface p-0 text-fg shadow-xl backdrop:bg-black/50"
    >
      {open ? (
        <div className="p-5">
          <h2 id={titleId} className="mb-4 text-lg font-semibold">
            {props.title}
          </h2>
          {props.children}
        </div>
      ) : null}
    </dialog>
  );
}
