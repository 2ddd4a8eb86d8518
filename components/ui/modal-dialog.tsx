"use client";
import { useEffect, useId, useRef, type ReactNode } from "react";

/**
 * A modal <dialog>: the browser traps focus in it, Esc closes it, and focus returns to
 * what opened it. Shown while `open`; `onClose` runs however it was closed.
 */
export function ModalDialog(props: { open: boolean; title: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) dialog.showModal();
    if (!props.open && dialog.open) dialog.close();
  }, [props.open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={props.onClose}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-line bg-surface p-5 text-fg shadow-xl backdrop:bg-black/50"
    >
      <h2 id={titleId} className="mb-3 text-lg font-semibold">
        {props.title}
      </h2>
      {props.open ? props.children : null}
    </dialog>
  );
}
