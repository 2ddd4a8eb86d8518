"use client";
import type { Socket } from "socket.io-client";
import {
  ACCESS_CHANGED,
  SESSION_ENDED,
  UNAUTHENTICATED,
  type ClientToServerEvents,
  type PortalEvent,
  type PortalEventMap,
  type PortalEventType,
  type ServerToClientEvents,
} from "@/lib/shared/realtime-events";
import { SeenEvents } from "./seen-events";

export type PortalSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type Handler<T extends PortalEventType> = (data: PortalEventMap[T]) => void;

const CATCH_UP_TIMEOUT_MS = 10_000;
const handlers = new Map<PortalEventType, Set<Handler<PortalEventType>>>();
let connecting: Promise<PortalSocket> | undefined;
/** The events this page's state includes (seen-events.ts: with several instances they may arrive out of order). */
const seen = new SeenEvents();
/** Live events that arrive while a catch-up is under way wait here, to keep order. */
let held: PortalEvent[] | undefined;
/** Set once the server refused the page's session (expired, signed out elsewhere): pushes have stopped. */
let sessionEnded = false;
const sessionEndedHandlers = new Set<() => void>();

/**
 * Calls `handler` when the server refuses this page's session (now, if it already has).
 * The page stays as it is — what was typed is kept — and offers to sign in again.
 */
export function onSessionEnded(handler: () => void): () => void {
  if (sessionEnded) handler();
  sessionEndedHandlers.add(handler);
  return () => void sessionEndedHandlers.delete(handler);
}

/**
 * Tells the page which event its server-rendered data already includes. Pushes up to
 * it are skipped, and the first connection catches up on those after it.
 */
export function primeEventSeq(seq: number): void {
  seen.prime(seq);
}

/** Subscribes to a portal event, live or caught up; returns the unsubscribe. */
export function onPortalEvent<T extends PortalEventType>(type: T, handler: Handler<T>): () => void {
  const set = handlers.get(type) ?? new Set();
  handlers.set(type, set);
  set.add(handler as Handler<PortalEventType>);
  void connect();
  return () => void set.delete(handler as Handler<PortalEventType>);
}

/**
 * Calls `use` with the page's socket once it exists; returns a cleanup that runs
 * `use`'s own cleanup, or cancels the call if the socket is not there yet.
 */
export function withSocket(use: (socket: PortalSocket) => () => void): () => void {
  let cleanup: (() => void) | undefined;
  let cancelled = false;
  connect().then(
    (socket) => {
      if (!cancelled) cleanup = use(socket);
    },
    () => undefined,
  );
  return () => {
    cancelled = true;
    cleanup?.();
  };
}

/**
 * One connection per page, shared by every portlet; made on first use in the browser.
 * The client library (~13 kB gzip, a seventh of the page's script) is fetched then,
 * after hydration, rather than before the page can respond to input: live pushes
 * need it, the first render does not (it shows server data up to the number it was rendered at, and
 * the catch-up on connect replays anything logged since).
 */
function connect(): Promise<PortalSocket> {
  connecting ??= import("socket.io-client").then(({ io }) => {
    const created: PortalSocket = io({ transports: ["websocket", "polling"] });
    created.on("batch", (events) => {
      for (const [type, data, seq] of events) {
        const event = { type, data, seq } as PortalEvent;
        if (held) held.push(event);
        else deliver(event);
      }
    });
    created.on("connect", () => void catchUp(created));
    // Pushes need a live session: without one (expired, signed out elsewhere) say so and offer to sign in.
    created.on(SESSION_ENDED, () => endSession(created));
    // The role's permissions changed: portlets may come or go, so the page is rendered afresh.
    created.on(ACCESS_CHANGED, () => window.location.reload());
    created.on("connect_error", (error) => {
      if (error.message === UNAUTHENTICATED) endSession(created);
    });
    // The browser knows before a ping times out (25 s or more): drop the socket when it
    // goes offline and reconnect — then catch up — as soon as it is back.
    window.addEventListener("offline", () => created.disconnect());
    window.addEventListener("online", () => {
      if (!sessionEnded) created.connect();
    });
    return created;
  });
  connecting.catch((error: unknown) => {
    // The chunk did not arrive (offline while the page loaded): let the next use try again.
    connecting = undefined;
    console.error("tourbus: the live connection could not be loaded; reload to see live updates", error);
  });
  return connecting;
}

/**
 * After (re)connecting, fetches what was logged since the last event shown — from
 * the database, so the gap may be as long as it likes — then releases held pushes.
 */
async function catchUp(current: PortalSocket): Promise<void> {
  if (!seen.primed) return;
  held = [];
  try {
    const answer = await current.timeout(CATCH_UP_TIMEOUT_MS).emitWithAck("events:since", seen.catchUpFrom());
    if ("reset" in answer) return window.location.reload();
    if ("error" in answer) throw new Error(answer.error);
    answer.events.forEach(deliver);
  } catch (error) {
    console.error("tourbus: catching up failed; reload to be sure of what you see", error);
  } finally {
    const waiting = held;
    held = undefined;
    waiting.forEach(deliver);
  }
}

function deliver(event: PortalEvent): void {
  if (!seen.accept(event.seq)) return;
  handlers.get(event.type)?.forEach((handler) => handler(event.data));
}

/**
 * The session is over: stop trying (a new handshake would be refused too) and tell the
 * page. Not a redirect: that would lose what the user typed and where they were; the
 * page's "Sign in" link brings them back here (session-ended.ts).
 */
function endSession(current: PortalSocket): void {
  current.disconnect();
  if (sessionEnded) return;
  sessionEnded = true;
  sessionEndedHandlers.forEach((handler) => handler());
}
