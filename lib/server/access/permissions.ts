import "server-only";
import type { PortalEvent, PortalEventMap, PortalEventType } from "@/lib/shared/realtime-events";
import type { Role } from "@/lib/shared/roles";
import type { TourbusDestinations } from "../bus/get-bus";
import { processValue, setProcessValue } from "../start/process-slot";

/**
 * Who may do what. Every check on the server — pages, server actions, API routes,
 * Socket.IO rooms — reads these tables; the UI only hides what they refuse anyway.
 * Each feature declares the permission that shows its portlet (lib/features/<feature>/manifest.ts),
 * each responder who reads its replies; a feature may add permissions of its own (plugPermissions).
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

/**
 * Permissions a feature adds: its manifest declares their names into this interface
 * (an interface because only an interface merges declarations) and their roles in its
 * `permissions`, plugged in at start (lib/features/plug-features.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface PluggedPermissions {}

export type Permission = keyof typeof PERMISSIONS | keyof PluggedPermissions;
type RoleTable = { readonly [P in Permission]?: readonly Role[] };

/** Gives the features' own permissions their roles (start-up; a test with a fixture). */
export function plugPermissions(table: RoleTable): void {
  setProcessValue("permissions", table);
}

function pluggedPermissions(): RoleTable {
  return processValue<RoleTable>("permissions") ?? {};
}

/** Every permission: the platform's, then those the features plugged in. */
export function allPermissions(): Permission[] {
  return [...(Object.keys(PERMISSIONS) as Permission[]), ...(Object.keys(pluggedPermissions()) as Permission[])];
}

/**
 * The destination each permission lets a user send to (through the action or route
 * it guards). Permissions missing here send nothing by name: a replay re-delivers a
 * logged message to the destination it already had.
 */
export const PERMISSION_DESTINATIONS: { readonly [P in Permission]?: keyof TourbusDestinations } = {
  "tasks:add": "tour/roadie/setup",
  "setup:report": "tour/manager/task",
};

/**
 * Who receives each live portal event: a socket joins one room per permission its
 * role has, and each event goes to the rooms this answers. The features say who reads
 * what (lib/features/event-readers.ts) and plug it in at start.
 */
export type EventReaders = { [T in PortalEventType]: (data: PortalEventMap[T]) => readonly Permission[] };

export function plugEventReaders(readers: EventReaders): void {
  setProcessValue("event-readers", readers);
}

/** Nobody, until the features plug their readers in: an event no one was said to read reaches no one. */
export function readersOf<T extends PortalEventType>(type: T, data: PortalEventMap[T]): readonly Permission[] {
  const readers = processValue<EventReaders>("event-readers");
  return readers ? readers[type](data) : [];
}

/** May `role` see this logged event (when a page catches up)? */
export function mayReadEvent(role: Role, event: PortalEvent): boolean {
  return readersOf(event.type, event.data as never).some((permission) => can(role, permission));
}

/** Does the code's table (the platform's, then the features') give `role` this permission, before any admin's change? */
export function canByDefault(role: Role, permission: Permission): boolean {
  const roles: readonly Role[] | undefined = (PERMISSIONS as RoleTable)[permission] ?? pluggedPermissions()[permission];
  return roles?.includes(role) ?? false;
}

/** An admin's stored changes to the table, by `grantKey`: true grants, false removes. */
export type GrantOverrides = ReadonlyMap<string, boolean>;

export function grantKey(role: Role, permission: Permission): string {
  return `${role} ${permission}`;
}

/** Set by stored-grants.ts when it reads the admin's changes (in the process slot: every bundle sees the same changes). */
export function setGrantOverrides(overrides: GrantOverrides): void {
  setProcessValue("permission-overrides", overrides);
}

/** Does `role` have `permission` now: the admin's change if there is one, else the table. */
export function can(role: Role, permission: Permission): boolean {
  return processValue<GrantOverrides>("permission-overrides")?.get(grantKey(role, permission)) ?? canByDefault(role, permission);
}

export function permissionsOf(role: Role): Permission[] {
  return allPermissions().filter((permission) => can(role, permission));
}
