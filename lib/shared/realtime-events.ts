import type { BusActivity } from "./bus-views";
import type { GearItemView } from "./gear";
import type { ListenerActivityView, ReplyView, TaskView } from "./task";

/** The pushes that are logged and numbered, with their payloads. */
export type PortalEventMap = {
  "task:added": TaskView;
  /** `requestId` lets the Setup portlet, which knows requests not tasks, follow progress. */
  "task:reply": { taskId: string; requestId: string; reply: ReplyView };
  "listener:activity": ListenerActivityView;
  /** The whole stock after any change (a reservation or the inventory manager's edit). */
  "inventory:stock": GearItemView[];
};
export type PortalEventType = keyof PortalEventMap;

/** A logged push as a catching-up page receives it. */
export type PortalEvent = { [T in PortalEventType]: { seq: number; type: T; data: PortalEventMap[T] } }[PortalEventType];

/** A logged push as it travels in a "batch" frame: type, data, sequence number. */
export type PortalEventTuple = { [T in PortalEventType]: [type: T, data: PortalEventMap[T], seq: number] }[PortalEventType];

/** Answer to "events:since": the missed events, or `reset` when too many were missed to replay. */
export type CatchUp = { events: PortalEvent[] } | { reset: true } | { error: string };

/** The `connect_error` message of a handshake without a signed-in session. */
export const UNAUTHENTICATED = "unauthenticated";
/**
 * Sockets one user may hold at once (lib/server/realtime/socket-cap.ts). A page holds
 * one; 20 covers a person's tabs on a laptop, a phone and a tablet, plus a reconnect
 * that overlaps its old socket's close, while one account (or a stolen cookie in a
 * loop) can no longer hold hundreds — each costs memory and a share of every push.
 */
export const MAX_SOCKETS_PER_USER = 20;
/** The `connect_error` message when the user already holds MAX_SOCKETS_PER_USER sockets. */
export const TOO_MANY_SOCKETS = "too many connections: close other tabs or windows of the portal, then reload";
export const SESSION_ENDED = "session:ended";
/** An admin changed what the user's role may do: the page reloads with what it may see now. */
export const ACCESS_CHANGED = "access:changed";

/**
 * Socket.IO events the server pushes, typed for both ends (socket.io's event maps).
 * Portal events travel in "batch" frames: the events logged together, oldest first,
 * in one frame per socket rather than one each.
 */
export type ServerToClientEvents = {
  "bus:hello": (hello: { busId: string }) => void;
  /** The session expired or was signed out: the page goes to sign-in. */
  "session:ended": () => void;
  "access:changed": () => void;
  /** The bus at work, for the Message Bus portlet only: live, not logged or numbered. */
  "bus:activity": (activity: BusActivity) => void;
  batch: (events: PortalEventTuple[]) => void;
};

export type ClientToServerEvents = {
  /** Asks for the portal events after `seq` (a page back online, or just loaded). */
  "events:since": (seq: number, ack: (answer: CatchUp) => void) => void;
  /** Joins the room that receives "bus:activity". */
  "inspector:join": () => void;
};
