"use client";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * A native disclosure (`<details>`: it opens before the page's script has loaded) that
 * also closes as a menu does once it has: on Esc, giving focus back to its summary, and
 * on a press anywhere else. The phone's Account menu stayed open over the bell's panel.
 */
export function DisclosureMenu({
  className,
  summary,
  children,
}: {
  className?: string;
  summary: ReactNode;
  children: ReactNode;
}) {
  const menu = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      const details = menu.current;
      if (event.key !== "Escape" || !details?.open || event.defaultPrevented) return;
      event.preventDefault();
      details.open = false;
      details.querySelector("summary")?.focus();
    }
    function onPointerDown(event: PointerEvent): void {
      const details = menu.current;
      if (details?.open && !details.contains(event.target as Node)) details.open = false;
    }
    document.addEventListener("keydown", onKeyDown, true);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown, true);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, []);
  return (
    <details ref={menu} className={className}>
      {summary}
      {children}
    </details>
  );
}
