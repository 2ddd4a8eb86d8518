import { readFileSync } from "node:fs";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { demoUser } from "@/lib/shared/demo-users";
import type { Role } from "@/lib/shared/roles";
import { checkedContext } from "./openapi";

/** The e2e servers' session secret: a fixture, never a deployment's. */
export const E2E_AUTH_SECRET = "e2e-only-secret-e2e-only-secret-e2e-only";

/** No cookies: request contexts otherwise inherit the project's signed-in storage state. */
export const NO_SESSION = { cookies: [], origins: [] };

/** Where the setup project leaves each role's signed-in browser state and API token. */
export const storageStateOf = (role: Role) => `e2e/.auth/${role}.json`;
export const TOKENS_FILE = "e2e/.auth/tokens.json";

/** Signs in over HTTP as the role's demo user; the context then carries the session cookie. */
export async function signedInContext(baseURL: string, role: Role): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL, storageState: NO_SESSION });
  const { email, password } = demoUser(role);
  const response = await context.post("/api/auth/sign-in/email", { data: { email, password } });
  if (!response.ok()) throw new Error(`sign-in as ${role} failed: ${response.status()} ${await response.text()}`);
  return context;
}

/** A fresh API token of the role's demo user (made through POST /api/tokens, as a user would). */
export async function createToken(session: APIRequestContext, name: string): Promise<string> {
  const response = await session.post("/api/tokens", { data: { name } });
  if (response.status() !== 201) throw new Error(`creating a token failed: ${response.status()} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

/** The tokens the setup project made, by role. */
export function tokenOf(role: Role): string {
  return (JSON.parse(readFileSync(TOKENS_FILE, "utf8")) as Record<Role, string>)[role];
}

/** An API client that sends the role's token, and no cookie. */
export async function apiAs(baseURL: string, role: Role): Promise<APIRequestContext> {
  // Its answers are checked against the OpenAPI document (support/openapi.ts).
  return checkedContext(
    await playwrightRequest.newContext({
      baseURL,
      storageState: NO_SESSION,
      extraHTTPHeaders: { authorization: `Bearer ${tokenOf(role)}` },
    }),
  );
}

/** The role's session as a Cookie header, for clients outside a browser (socket.io-client). */
export function sessionCookieOf(role: Role): string {
  const state = JSON.parse(readFileSync(storageStateOf(role), "utf8")) as { cookies: { name: string; value: string }[] };
  return state.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}
