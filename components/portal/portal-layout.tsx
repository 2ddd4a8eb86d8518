"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import {
  Fragment,
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useTransition,
  type ReactNode,
} from "react";
import { resetLayoutAction } from "@/lib/features/portal/actions/reset-layout";
import { templateSpans, type LayoutTemplate } from "@/lib/shared/layout-template";
import { placePortlet, removePortlet, withTemplate } from "@/lib/shared/portal-page-edits";
import type { PortalPage } from "@/lib/shared/portal-page";
import { shownTitleOf, type ConfigField, type PortletConfigValues } from "@/lib/shared/portlet-config-view";
import { withWindowState, type WindowState } from "@/lib/shared/window-state";
import { PortalToolbar } from "./portal-toolbar";
import { PortletFrame } from "./portlet-frame";
import { useToast } from "./toasts";
import { usePageSaving } from "./use-page-saving";
import { useSortableLayer } from "./use-sortable-layer";

// Fetched when first opened, as the Manage pages dialog is: neither is part of the page's first load.
const AddPortletDialog = lazy(() => import("./add-portlet-dialog").then((module) => ({ default: module.AddPortletDialog })));
const PortletConfigDialog = lazy(() =>
  import("./portlet-config-dialog").then((module) => ({ default: module.PortletConfigDialog })),
);

export type PortletSlot = {
  id: string;
  /** The portlet's own title; the user's (in `config.title`) wins when set. */
  title: string;
  subtitle: string;
  wide: boolean;
  /** Rendered on the server; null when the portlet was not on the page then (added since). */
  content: ReactNode | null;
  config: PortletConfigValues;
  fields: ConfigField[];
  /** Changes when the server rendered the body with another configuration: the body remounts with it. */
  configKey: string;
};

/** Static class names, for Tailwind to find; minmax(0, …) lets a track shrink below its content's width. */
const GRID_COLUMNS: Record<LayoutTemplate, string> = {
  "1": "lg:grid-cols-1",
  "2": "lg:grid-cols-2",
  "3": "lg:grid-cols-3",
  "30-70": "lg:grid-cols-[minmax(0,3fr)_minmax(0,7fr)]",
  "70-30": "lg:grid-cols-[minmax(0,7fr)_minmax(0,3fr)]",
  "1-2-1": "lg:grid-cols-2",
};

/**
 * The user's portal page: portlets in the saved order and template, rearranged by
 * dragging their handle (pointer or keyboard), minimized, maximized (Esc restores),
 * added, removed and configured. Every change shows at once and is saved in the
 * background; one that needs the server's data (an added portlet, a new configuration)
 * refreshes the page's server data after it is saved.
 */
export function PortalLayoutView({
  pageId,
  initialPage,
  portlets,
}: {
  pageId: string;
  initialPage: PortalPage;
  portlets: PortletSlot[];
}) {
  const t = useTranslations("portal.layout");
  const common = useTranslations("common");
  const [page, setPage] = useState(initialPage);
  const [configs, setConfigs] = useState(() => configsOf(portlets));
  const [serverSlots, setServerSlots] = useState(portlets);
  // New server data (after a refresh) carries the saved configurations: adopt them.
  if (serverSlots !== portlets) {
    setServerSlots(portlets);
    setConfigs(configsOf(portlets));
  }
  const [dialog, setDialog] = useState<{ kind: "add" } | { kind: "configure"; id: string } | null>(null);
  // Add portlet stays mounted once opened (its close hands focus back), but is fetched only then.
  const [addOpened, setAddOpened] = useState(false);
  if (dialog?.kind === "add" && !addOpened) setAddOpened(true);
  const [resetting, startReset] = useTransition();
  const router = useRouter();
  const notify = useToast();
  const save = usePageSaving(pageId);
  const sortable = useSortableLayer();
  const addButton = useRef<HTMLButtonElement>(null);
  const optionsButtons = useRef(new Map<string, HTMLElement | null>());
  /** The page's order when each portlet was removed, so "Add portlet" puts it back where it was. */
  const removedFrom = useRef(new Map<string, string[]>());

  const byId = new Map(portlets.map((portlet) => [portlet.id, portlet]));
  const titleOf = (id: string) => shownTitleOf(configs[id], byId.get(id)?.title ?? id);
  const placed = page.portlets.filter((placement) => byId.has(placement.id));
  const maximized = placed.find((placement) => placement.state === "maximized")?.id;
  const shown = placed.filter((placement) => !maximized || placement.id === maximized);
  const spans = new Map(
    templateSpans(
      shown.map((placement) => byId.get(placement.id)?.wide ?? false),
      page.template,
    ).map((span, index) => [shown[index]!.id, span]),
  );

  function commit(next: PortalPage, options: { refresh?: boolean } = {}): void {
    setPage(next);
    save(next, options.refresh ? () => router.refresh() : undefined);
  }

  function changeState(id: string, state: WindowState): void {
    commit({ ...page, portlets: withWindowState(page.portlets, id, state) });
  }

  function move(id: string, overId: string): void {
    const from = page.portlets.findIndex((placement) => placement.id === id);
    const to = page.portlets.findIndex((placement) => placement.id === overId);
    if (from < 0 || to < 0) return;
    const next = [...page.portlets];
    next.splice(to, 0, ...next.splice(from, 1));
    commit({ ...page, portlets: next });
  }

  function add(id: string): void {
    setDialog(null);
    // Not on the page when it was rendered: its body comes with the refresh after saving.
    // Where it was when removed on this page; else (removed before a reload) its place in the registry's order.
    const order = removedFrom.current.get(id) ?? portlets.map((portlet) => portlet.id);
    commit(placePortlet(page, id, order), { refresh: byId.get(id)?.content === null });
    // It may come back below the fold: bring it into view once it is drawn.
    window.requestAnimationFrame(() => document.querySelector(`[data-portlet="${id}"]`)?.scrollIntoView({ block: "nearest" }));
    notify(t("added", { title: titleOf(id) }));
  }

  function remove(id: string): void {
    removedFrom.current.set(
      id,
      page.portlets.map((placement) => placement.id),
    );
    commit(removePortlet(page, id));
    notify(t("removed", { title: titleOf(id) }));
    // Its menu is gone with it: focus goes where the user can go on.
    addButton.current?.focus();
  }

  function configured(id: string, config: PortletConfigValues): void {
    setConfigs((current) => ({ ...current, [id]: config }));
    notify(t("configSaved"));
    router.refresh();
  }

  // The sortable layer is memoized: it gets stable props, and calls the latest move.
  const latestMove = useRef(move);
  useLayoutEffect(() => {
    latestMove.current = move;
  });
  const onMove = useCallback((id: string, overId: string) => latestMove.current(id, overId), []);
  const sortableItems = useMemo(
    () =>
      page.portlets.flatMap((placement) => {
        const portlet = portlets.find((candidate) => candidate.id === placement.id);
        if (!portlet) return [];
        const title = shownTitleOf(configs[placement.id], portlet.title);
        return [{ id: placement.id, title, disabled: placement.state === "maximized" }];
      }),
    [page, portlets, configs],
  );

  useEffect(() => {
    if (!maximized) return;
    function onKeyDown(event: KeyboardEvent): void {
      // Esc in a dialog or a menu closes that, not the maximized portlet.
      if (event.key !== "Escape" || event.defaultPrevented || document.querySelector("dialog[open]")) return;
      const id = maximized!;
      changeState(id, "normal");
      // Focus stays with the portlet (on its maximize button, once the page is drawn again), not on the page.
      window.requestAnimationFrame(() => {
        const portlet = document.querySelector(`[data-portlet="${id}"]`);
        if (!portlet?.contains(document.activeElement)) portlet?.querySelector<HTMLElement>("[data-maximize-toggle]")?.focus();
      });
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  });

  function reset(): void {
    // It undoes every arrangement, template and configuration on this page: asked first.
    if (!window.confirm(t("resetConfirm"))) return;
    startReset(async () => {
      const result = await resetLayoutAction(pageId).catch(() => undefined);
      if (!result?.ok) return notify(result?.message ?? common("unreachable"), "error");
      setPage(result.value);
      notify(t("reset"));
      router.refresh();
    });
  }

  const configuring = dialog?.kind === "configure" ? byId.get(dialog.id) : undefined;
  return (
    <>
      {/* The page's flex line (app/portal-view.tsx): after the page links, then a rule and the grid across. */}
      <PortalToolbar
        template={page.template}
        onTemplate={(template) => commit(withTemplate(page, template))}
        onAdd={() => setDialog({ kind: "add" })}
        addButton={addButton}
        onReset={reset}
        resetting={resetting}
      />
      <div aria-hidden className="mb-1 basis-full border-b border-line" />
      {placed.length === 0 ? (
        <p className="basis-full rounded-lg border border-dashed border-line p-6 text-center text-sm text-muted">{t("empty")}</p>
      ) : null}
      <div className={`grid basis-full grid-cols-1 items-start gap-4 ${GRID_COLUMNS[page.template]}`}>
        {placed.map((placement) => {
          const portlet = byId.get(placement.id)!;
          const title = titleOf(placement.id);
          return (
            <PortletFrame
              key={placement.id}
              id={placement.id}
              title={title}
              subtitle={portlet.subtitle}
              span={spans.get(placement.id) ?? 1}
              state={placement.state}
              hidden={maximized !== undefined && maximized !== placement.id}
              onStateChange={(state) => changeState(placement.id, state)}
              options={[
                { label: t("configuration"), onSelect: () => setDialog({ kind: "configure", id: placement.id }) },
                { label: common("remove"), onSelect: () => remove(placement.id) },
              ]}
              optionsRef={(node) => void optionsButtons.current.set(placement.id, node)}
              wiring={sortable.wirings.get(placement.id)}
              earlyHandleProps={sortable.earlyHandleProps(placement.id)}
            >
              {portlet.content === null ? (
                <p className="text-sm text-muted">{common("loading")}</p>
              ) : (
                <Fragment key={portlet.configKey}>{portlet.content}</Fragment>
              )}
            </PortletFrame>
          );
        })}
      </div>
      {sortable.Layer ? <sortable.Layer items={sortableItems} onMove={onMove} onWiring={sortable.onWiring} /> : null}
      {addOpened ? (
        <Suspense fallback={null}>
          <AddPortletDialog
            open={dialog?.kind === "add"}
            portlets={portlets.map((portlet) => ({
              id: portlet.id,
              title: titleOf(portlet.id),
              subtitle: portlet.subtitle,
              placed: page.portlets.some((placement) => placement.id === portlet.id),
            }))}
            onAdd={add}
            onClose={() => setDialog(null)}
          />
        </Suspense>
      ) : null}
      {configuring ? (
        <Suspense fallback={null}>
          <PortletConfigDialog
            open
            pageId={pageId}
            portletId={configuring.id}
            title={titleOf(configuring.id)}
            fields={configuring.fields}
            values={configs[configuring.id] ?? configuring.config}
            onClose={() => setDialog(null)}
            onSaved={(config) => configured(configuring.id, config)}
            returnFocus={() => optionsButtons.current.get(configuring.id)}
          />
        </Suspense>
      ) : null}
    </>
  );
}

function configsOf(portlets: PortletSlot[]): Record<string, PortletConfigValues> {
  return Object.fromEntries(portlets.map((portlet) => [portlet.id, portlet.config]));
}
