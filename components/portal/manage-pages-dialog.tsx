"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { editPagesAction } from "@/lib/features/portal/actions/edit-pages";
import { controlClass, describedBy, Field, inputClass, primaryButtonClass, secondaryButtonClass } from "@/components/ui/field";
import { pageHref, type PageView } from "@/lib/shared/page-view";
import { ModalDialog } from "./modal-dialog";

type Edit =
  | { op: "add"; name: string }
  | { op: "rename"; pageId: string; name: string }
  | { op: "move"; pageId: string; direction: "earlier" | "later" }
  | { op: "remove"; pageId: string };

/**
 * The user's pages, each renamed, moved or removed in place, and a form to add one. Each
 * change is saved at once; the page bar follows (a refresh of the server's render).
 */
export function ManagePagesDialog(props: {
  open: boolean;
  pages: PageView[];
  current: string;
  onClose: () => void;
  returnFocus: () => HTMLElement | null | undefined;
}) {
  const { pages } = props;
  const t = useTranslations("portal.pages");
  const common = useTranslations("common");
  const router = useRouter();
  const [pending, startEdit] = useTransition();
  /** The last answer; `at`: the name field it is about ("new", or the renamed page's id), said there and not below. */
  const [said, setSaid] = useState<{ text: string; error: boolean; at?: string }>({ text: "", error: false });

  function run(edit: Edit, done: string, after?: (added: PageView | null) => void): void {
    setMoved(undefined);
    startEdit(async () => {
      const result = await editPagesAction(edit).catch(() => undefined);
      if (!result) return setSaid({ text: t("unreachable"), error: true });
      if (!result.ok) {
        const at = result.field !== "name" ? undefined : edit.op === "rename" ? edit.pageId : "new";
        return setSaid({ text: result.message, error: true, at });
      }
      setSaid({ text: done, error: false });
      if (after) after(result.value);
      else router.refresh();
    });
  }

  /** A page just moved: its button keeps focus once the list is drawn in the new order (the other one at an end). */
  const [moved, setMoved] = useState<{ pageId: string; direction: "earlier" | "later" } | undefined>(undefined);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!moved) return;
    const item = list.current?.querySelector(`[data-page-id="${moved.pageId}"]`);
    const buttons = ["earlier", "later"].map((direction) => item?.querySelector<HTMLButtonElement>(`[data-move="${direction}"]`));
    const [same, other] = moved.direction === "earlier" ? buttons : [...buttons].reverse();
    if (!same?.disabled) same?.focus();
    else other?.focus();
  }, [moved, pages]);

  function move(page: PageView, direction: "earlier" | "later"): void {
    const done = t(direction === "earlier" ? "movedEarlier" : "movedLater", { name: page.name });
    run({ op: "move", pageId: page.id, direction }, done, () => {
      router.refresh();
      setMoved({ pageId: page.id, direction });
    });
  }

  function add(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get("name") ?? "");
    run({ op: "add", name }, t("added", { name: name.trim() }), (added) => {
      form.reset();
      props.onClose();
      // The new page, empty: "Add portlet" is where the user goes next.
      if (added) router.push(`/p/${added.slug}`);
    });
  }

  function rename(event: FormEvent<HTMLFormElement>, page: PageView): void {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "");
    run({ op: "rename", pageId: page.id, name }, t("renamed", { name: name.trim() }));
  }

  function remove(page: PageView, index: number): void {
    run({ op: "remove", pageId: page.id }, t("removed", { name: page.name }), () => {
      // Showing the removed page: go to a neighbour; else the page bar just loses it.
      if (page.id !== props.current) return router.refresh();
      const next = pages[index === 0 ? 1 : index - 1];
      router.push(
        next
          ? pageHref(
              pages.filter((candidate) => candidate.id !== page.id),
              next,
            )
          : "/",
      );
    });
  }

  const errorAt = (at: string) => (said.error && said.at === at ? said.text : undefined);
  const addError = errorAt("new");
  return (
    <ModalDialog open={props.open} onClose={props.onClose} title={t("manage")} returnFocus={props.returnFocus}>
      <ol ref={list} aria-label={t("listLabel")} className="space-y-3">
        {pages.map((page, index) => {
          const renameError = errorAt(page.id);
          const errorId = `page-name-${page.id}-error`;
          return (
            <li key={page.id} data-page-id={page.id} className="rounded-md border border-line p-3">
              {/* No maxLength or required: a pasted name too long, or none, is said at the field, not cut or ignored. */}
              <form onSubmit={(event) => rename(event, page)} noValidate className="flex flex-wrap items-end gap-2">
                <label className="min-w-0 flex-1 text-sm font-medium">
                  <span className="sr-only">{t("nameOf", { position: index + 1 })}</span>
                  <input
                    name="name"
                    defaultValue={page.name}
                    dir="auto"
                    aria-invalid={renameError ? true : undefined}
                    aria-describedby={renameError ? errorId : undefined}
                    className={`block w-full py-1.5 ${controlClass}`}
                  />
                </label>
                <button
                  type="submit"
                  disabled={pending}
                  aria-label={t("renameLabel", { name: page.name })}
                  className={secondaryButtonClass}
                >
                  {t("rename")}
                </button>
              </form>
              <div className="mt-2 flex flex-wrap gap-2">
                <button
                  type="button"
                  disabled={pending || index === 0}
                  data-move="earlier"
                  onClick={() => move(page, "earlier")}
                  aria-label={t("earlierLabel", { name: page.name })}
                  className={secondaryButtonClass}
                >
                  {t("earlier")}
                </button>
                <button
                  type="button"
                  disabled={pending || index === pages.length - 1}
                  data-move="later"
                  onClick={() => move(page, "later")}
                  aria-label={t("laterLabel", { name: page.name })}
                  className={secondaryButtonClass}
                >
                  {t("later")}
                </button>
                <button
                  type="button"
                  disabled={pending || pages.length === 1}
                  onClick={() => remove(page, index)}
                  aria-label={t("removeLabel", { name: page.name })}
                  className={secondaryButtonClass}
                >
                  {common("remove")}
                </button>
              </div>
              {renameError ? (
                <p id={errorId} className="mt-1 text-sm text-danger">
                  {renameError}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      <form onSubmit={add} noValidate className="mt-4 space-y-2">
        <Field id="new-page-name" label={t("newName")} error={addError}>
          <input
            id="new-page-name"
            name="name"
            dir="auto"
            className={inputClass}
            aria-invalid={addError ? true : undefined}
            aria-describedby={describedBy("new-page-name", { error: addError, hint: false })}
          />
        </Field>
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {t("add")}
        </button>
      </form>
      <p role="status" className={`mt-3 min-h-5 text-sm ${said.error ? "text-danger" : "text-muted"}`}>
        {said.at ? "" : said.text}
      </p>
      <div className="mt-2 flex justify-end">
        <button type="button" onClick={props.onClose} className={secondaryButtonClass}>
          {common("close")}
        </button>
      </div>
    </ModalDialog>
  );
}
