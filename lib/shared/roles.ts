/**
 * The crew's roles. What each may see and do is declared in lib/server/access/permissions.ts;
 * how each is called, in the catalogue's "roles" namespace (`t(role)`), since the UI names it
 * in the reader's language and the API only ever sends the role itself.
 */
export const ROLES = ["manager", "roadie", "inventory", "admin"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
