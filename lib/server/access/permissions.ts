import "server-only";
import { responderOf } from "@/lib/features/responders";
import type { PortalEvent, PortalEventMap, PortalEventType } from "@/lib/shared/realtime-events";
import type { Role } from "@/lib/shared/roles";
import { SETUP_DESTINATION, TASK_REPLY_DESTINATION, type TourbusDestinations } from "@/lib/features/messages";

/**
 * Who may do what. Every check on the server — pages, server actions, API routes,
 * Socket.IO rooms — reads these tables; the UI only hides what they refuse anyway.
 * Each portlet declares the permission that shows it (lib/features/<feature>/portlet.tsx),
 * each responder the one that reads its events (lib/features/responders.ts).
 */
export const PERMISSIONS = {
  /** See the Tasks portlet and the task list (GET /api/tasks). */
  "tasks:read": ["manager", "admin"],
  /**
   * Add a task, which sends a request to tour/roadie/setup: the only destination a
   * user sends to. tour/manager/task is a return address — only its listeners' replies
   * reach it — and no endpoint sends to a destination by name.
   */
  "tasks:add": ["manager", "admin"],
  /** See the Setup portlet. */
  "setup:read": ["roadie", "admin"],
  /** Report setup progress on a request. */
  "setup:report": ["roadie", "admin"],
  /** See the Inventory portlet. */
  "inventory:read": ["inventory", "admin"],
  /** Add gear and change stock. */
  "inventory:edit": ["inventory", "admin"],
  /** See the Message Bus portlet: destinations, dead letters, trails, live activity. */
  "bus:inspect": ["admin"],
  /** Replay a dead letter. */
  "bus:replay": ["admin"],
  /** The Users admin page: add users, change roles, disable, reset passwords; the permission matrix. */
  "users:manage": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/**
 * The destination each permission lets a user send to (through the action or route
 * it guards). Permissions missing here send nothing by name: a replay re-delivers a
 * logged message to the destination it already had.
 */
export const PERMISSION_DESTINATIONS: { readonly [P in Permission]?: keyof TourbusDestinations } = {
  "tasks:add": SETUP_DESTINATION,
  "setup:report": TASK_REPLY_DESTINATION,
};

/**
 * Who receives each live portal event: a socket joins one room per permission its
 * role has, and each event goes to the rooms this answers. Some events are read only
 * by those they concern: a responder's portlet follows its own activity and the
 * progress it reports; the roadies also read the answers given on their requests.
 */
export const EVENT_READERS: { [T in PortalEventType]: (data: PortalEventMap[T]) => readonly Permission[] } = {
  "task:added": () => ["tasks:read"],
  "task:reply": ({ reply }) =>
    reply.kind === "progress"
      ? ["tasks:read", responderOf(reply.from).permission]
      : // A responder's answer on a request ("Reserved: …", "Short: …") is the roadies' context:
        // they fetch and carry the gear. The stock itself stays the inventory's.
        reply.kind === "answer"
        ? ["tasks:read", "setup:read"]
        : ["tasks:read"],
  "listener:activity": ({ listener }) => [responderOf(listener).permission],
  // The Tasks form's gear picker offers what is stocked, so whoever adds tasks follows the stock too.
  "inventory:stock": () => ["inventory:read", "tasks:add"],
};

export function readersOf<T extends PortalEventType>(type: T, data: PortalEventMap[T]): readonly Permission[] {
  return EVENT_READERS[type](data);
}

/** May `role` see this logged event (when a page catches up)? */
export function mayReadEvent(role: Role, event: PortalEvent): boolean {
  return readersOf(event.type, event.data as never).some((permission) => can(role, permission));
}

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((permission) => can(role, permission));
}
