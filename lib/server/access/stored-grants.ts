import "server-only";
import { isRole } from "@/lib/shared/roles";
import { db } from "../db/client";
import { log } from "../log";
import { processOnce } from "../start/process-slot";
import { allPermissions, grantKey, setGrantOverrides, type Permission } from "./permissions";

/**
 * How stale another instance's change may be here. This instance's own changes apply
 * at once (changePermission reloads); another instance's are read on the first check
 * after this long — one small query a second at most, however busy the server is.
 */
const FRESH_MS = 1_000;

type State = { loadedAt: number; loading?: Promise<void> };
const state = processOnce<State>("permission-grants-state", () => ({ loadedAt: 0 }));

function isPermission(value: string): value is Permission {
  // The platform's and the features' (plugged in at start): a feature's permission can be edited too.
  return (allPermissions() as string[]).includes(value);
}

/** Reads the admin's changes to the permission table into the checks (permissions.ts `can`). */
export async function loadStoredGrants(): Promise<void> {
  const rows = await db.rolePermission.findMany();
  const overrides = new Map<string, boolean>();
  for (const row of rows) {
    // A role or permission the code no longer has: nothing to check against.
    if (isRole(row.role) && isPermission(row.permission)) overrides.set(grantKey(row.role, row.permission), row.granted);
  }
  setGrantOverrides(overrides);
  state.loadedAt = Date.now();
}

/**
 * Before a check of who may do what: reloads the changes when they may be stale
 * (see FRESH_MS). Checks made at once share one read; a failed read keeps what was
 * known (logged): a database hiccup must not turn into everyone's rights changing.
 */
export async function refreshStoredGrants(): Promise<void> {
  if (Date.now() - state.loadedAt < FRESH_MS) return;
  state.loading ??= loadStoredGrants()
    .catch((err: unknown) => log.error({ err }, "reading the permission changes failed; keeping the last known"))
    .finally(() => {
      state.loading = undefined;
    });
  await state.loading;
}
