/** The crew's roles. What each may see and do is declared in lib/server/access/permissions.ts. */
export const ROLES = ["manager", "roadie", "inventory", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  manager: "Tour manager",
  roadie: "Roadie",
  inventory: "Inventory manager",
  admin: "Admin",
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
