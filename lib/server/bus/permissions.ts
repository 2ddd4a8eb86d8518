import "server-only";
import type { PortalEvent, PortalEventMap, PortalEventType } from "@/lib/shared/realtime-events";
import type { Role } from "@/lib/shared/roles";

/**
 * Who may do what, next to the destinations it guards (destinations.ts). Every check
 * on the server — pages, server actions, API routes, Socket.IO rooms — reads these
 * tables; the UI only hides what they refuse anyway.
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
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** The permission that shows each portlet (ids from the portlet registry). */
export const PORTLET_PERMISSIONS: Record<string, Permission> = {
  tasks: "tasks:read",
  setup: "setup:read",
  inventory: "inventory:read",
  "message-bus": "bus:inspect",
};

/**
 * Who receives each live portal event: a socket joins one room per permission its
 * role has, and each event goes to the rooms this answers. Some events are read only
 * by those they concern: a roadie follows progress, not the inventory's answers.
 */
export const EVENT_READERS: { [T in PortalEventType]: (data: PortalEventMap[T]) => readonly Permission[] } = {
  "task:added": () => ["tasks:read"],
  "task:reply": ({ reply }) => (reply.kind === "progress" ? ["tasks:read", "setup:read"] : ["tasks:read"]),
  "listener:activity": ({ listener }) => (listener === "setup" ? ["setup:read"] : ["inventory:read"]),
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

export function mayReadPortlet(role: Role, portletId: string): boolean {
  const permission = PORTLET_PERMISSIONS[portletId];
  return permission !== undefined && can(role, permission);
}
