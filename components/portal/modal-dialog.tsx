"use client";
import { useEffect, useId, useRef, type ReactNode } from "react";

/**
 * A modal dialog on the browser's own <dialog>: showModal() makes the rest of the
 * page inert (focus stays inside), Esc closes it, and on closing focus goes back to
 * the control that opened it (or `returnFocus`, when that control is gone).
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
