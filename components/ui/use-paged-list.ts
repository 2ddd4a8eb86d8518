"use client";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";

/** Typing pauses this long before the server is asked. */
const SEARCH_DELAY_MS = 300;

/** A list shown a page at a time: what it was loaded for, and where the next page starts. */
type Paged<F> = { nextCursor: string | null; filter: F };

/** How a portlet's list reads its pages; read afresh on each load (the portlet's words, its configuration). */
export type PageSource<F extends { query: string }, P, L extends Paged<F>> = {
  fetchPage: (wanted: F, cursor: string | undefined, signal: AbortSignal) => Promise<P>;
  /** The list for `wanted`, from its first page. */
  firstPage: (wanted: F, page: P) => L;
  /** The list with its next page after what it shows. */
  nextPage: (list: L, page: P) => L;
  sameFilter: (a: F, b: F) => boolean;
  /** What the page says when a page could not be read. */
  failed: (error: unknown) => string;
};

/** A live change to the list (something added or answered, pushed). */
export type ListChange<L> = (list: L) => L;

/**
 * One page of the server's list at a time, for the filter the user sets (a search asks
 * once typing pauses), with the next page on request. A newer load cancels an older one.
 * Live changes go through `change`: one that comes while a page loads is applied again
 * on top of that page, which may have been read before it (a reply is pushed before it
 * is stored) — otherwise it was lost until a reload.
 */
export function usePagedList<F extends { query: string }, P, L extends Paged<F>>(source: PageSource<F, P, L>, initial: () => L) {
  const [list, setList] = useState<L>(initial);
  /** The filter as the user set it; `list.filter` is the one the list was loaded for. */
  const [filter, setFilter] = useState<F>(list.filter);
  const [loading, setLoading] = useState<"list" | "more" | null>(null);
  const [loadError, setLoadError] = useState<string | undefined>(undefined);
  const latest = useRef(source);
  // Before any effect or click reads it: a load uses the words and configuration of the last render.
  useLayoutEffect(() => {
    latest.current = source;
  });
  const inFlight = useRef<AbortController | null>(null);
  const duringLoad = useRef<ListChange<L>[]>([]);

  const change = useCallback((update: ListChange<L>) => {
    if (inFlight.current) duringLoad.current.push(update);
    setList(update);
  }, []);

  /** Loads the first page for `wanted`, or the page after `cursor` of what is shown. */
  const load = useCallback(async (wanted: F, cursor?: string) => {
    if (!inFlight.current) duringLoad.current = [];
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setLoading(cursor ? "more" : "list");
    setLoadError(undefined);
    const { fetchPage, firstPage, nextPage, failed } = latest.current;
    try {
      const page = await fetchPage(wanted, cursor, controller.signal);
      const missed = duringLoad.current;
      duringLoad.current = [];
      setList((current) =>
        missed.reduce((list, update) => update(list), cursor ? nextPage(current, page) : firstPage(wanted, page)),
      );
    } catch (error) {
      if (controller.signal.aborted) return;
      setLoadError(failed(error));
    } finally {
      if (inFlight.current === controller) {
        inFlight.current = null;
        duringLoad.current = [];
        setLoading(null);
      }
    }
  }, []);

  // A new search or filter asks the server (typing, once it pauses).
  useEffect(() => {
    if (latest.current.sameFilter(filter, list.filter)) return;
    const typed = filter.query.trim() !== list.filter.query.trim();
    const timer = setTimeout(() => void load(filter), typed ? SEARCH_DELAY_MS : 0);
    return () => clearTimeout(timer);
  }, [filter, list.filter, load]);

  return {
    list,
    change,
    filter,
    setFilter,
    loading,
    loadError,
    /** Reads the first page for the filter as set again (after a failed load). */
    retry: () => void load(filter),
    showMore: () => void load(list.filter, list.nextCursor ?? undefined),
  };
}
