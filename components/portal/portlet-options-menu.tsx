"use client";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";

type Item = { label: string; onSelect: () => void };

const itemClass =
  "block w-full rounded px-3 py-2 text-left text-sm text-fg hover:bg-subtle focus:bg-subtle focus:outline-2 focus:outline-focus";

/**
 * A portlet's "Options" menu (the WAI-ARIA menu button): Enter, Space or ↓ opens it on
 * the first item, ↑/↓ move, Esc or Tab closes it, focus goes back to the button.
 */
export function PortletOptionsMenu(props: {
  title: string;
  items: Item[];
  buttonClass: string;
  /** The button, for a dialog opened from the menu to give focus back to. */
  buttonRef: (node: HTMLElement | null) => void;
}) {
  const { title, items, buttonClass } = props;
  const t = useTranslations("portal.portlet");
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const root = useRef<HTMLDivElement>(null);

  const menuItems = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>("[role=menuitem]") ?? [])];

  useEffect(() => {
    if (!open) return;
    menuItems()[0]?.focus();
    function onPointerDown(event: PointerEvent): void {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  function close(): void {
    setOpen(false);
    button.current?.focus();
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLUListElement>): void {
    const all = menuItems();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === "Escape") {
      // Handled: the layout's Esc (restore a maximized portlet) must not also act.
      event.preventDefault();
      close();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      all[(at + step + all.length) % all.length]?.focus();
    } else if (event.key === "Home" || event.key === "End") {
      event.preventDefault();
      (event.key === "Home" ? all[0] : all.at(-1))?.focus();
    } else if (event.key === "Tab") {
      setOpen(false);
    }
  }

  return (
    <div ref={root} className="relative">
      <button
        ref={(node) => {
          button.current = node;
          props.buttonRef(node);
        }}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t("options")}
        title={t("optionsFor", { title })}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") {
            event.preventDefault();
            setOpen(true);
          }
        }}
        className={buttonClass}
      >
        <span aria-hidden="true">⋮</span>
      </button>
      {open ? (
        <ul
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={t("optionsFor", { title })}
          onKeyDown={onMenuKeyDown}
          className="absolute right-0 z-30 mt-1 min-w-40 rounded-md border border-line bg-surface p-1 shadow-lg"
        >
          {items.map((item) => (
            <li key={item.label} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  // Focus back on the button first: a dialog opened next returns focus there.
                  close();
                  item.onSelect();
                }}
                className={itemClass}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
