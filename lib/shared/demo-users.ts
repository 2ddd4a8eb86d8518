import type { Role } from "./roles";

/**
 * One account per role, seeded into an empty user table when demo data is on
 * (SEED_DEMO_DATA). Public on purpose: the README and the sign-in page list them.
 */
export const DEMO_USERS: readonly { email: string; name: string; role: Role; password: string }[] = [
  { email: "manager@tourbus.dev", name: "Alex Moreno", role: "manager", password: "manager-demo-pass" },
  { email: "roadie@tourbus.dev", name: "Sam Okafor", role: "roadie", password: "roadie-demo-pass" },
  { email: "inventory@tourbus.dev", name: "Priya Raman", role: "inventory", password: "inventory-demo-pass" },
  { email: "admin@tourbus.dev", name: "Robin Admin", role: "admin", password: "admin-demo-pass" },
];

export function demoUser(role: Role): (typeof DEMO_USERS)[number] {
  const user = DEMO_USERS.find((candidate) => candidate.role === role);
  if (!user) throw new Error(`no demo user for role ${role}`);
  return user;
}
