import "server-only";

/**
 * The one globalThis slot: Next bundles server actions and route handlers in module
 * graphs apart from server.ts, so a module-level value would exist once per bundle;
 * a Symbol.for key names the same slot from all of them. Only this module touches it.
 */
const SLOT = Symbol.for("tourbus.process");
type Slot = Map<string, unknown>;

function slot(): Slot {
  const holder = globalThis as { [SLOT]?: Slot };
  return (holder[SLOT] ??= new Map());
}

/** The process's one `name`, made by `create` the first time anyone asks (kept as is: a promise is shared while it settles). */
export function processOnce<T>(name: string, create: () => T): T {
  const values = slot();
  if (!values.has(name)) values.set(name, create());
  return values.get(name) as T;
}

/** What start-up put under `name`, if anything yet. */
export function processValue<T>(name: string): T | undefined {
  return slot().get(name) as T | undefined;
}

/** Start-up hands a part it built to every bundle. */
export function setProcessValue(name: string, value: unknown): void {
  slot().set(name, value);
}

/** Forgets `name` (a part closed at shutdown), so a later ask makes a new one. */
export function clearProcessValue(name: string): void {
  slot().delete(name);
}
