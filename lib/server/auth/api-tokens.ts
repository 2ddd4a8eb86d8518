import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { isRole } from "@/lib/shared/roles";
import { db } from "../db/client";
import { engine, writes } from "../db/writes";
import { log } from "../log";
import { tokenUser, touchToken } from "./api-tokens.sql";
import { translatedError } from "@/lib/server/i18n/error-text";
import type { SignedInUser } from "./read-session";

const TOKEN_PREFIX = "tb_";
/** How many of a token's characters are kept to tell tokens apart. */
const VISIBLE_START = 10;
export const MAX_TOKENS_PER_USER = 20;
const LAST_USED_RESOLUTION_MS = 60_000;

export type ApiTokenView = { id: string; name: string; start: string; createdAt: string; lastUsedAt: string | null };

/**
 * Tokens are 32 random bytes: too long to guess, so a fast hash is enough (as GitHub
 * and better-auth's api-key plugin store them). Only the hash is stored.
 */
function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Makes a token for `user`; the plain token is in the answer and nowhere else. */
export async function createApiToken(user: SignedInUser, name: string): Promise<{ token: string; view: ApiTokenView }> {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  // Counted and created in one transaction, so parallel requests cannot pass the cap together.
  const row = await db.$transaction(async (tx) => {
    if ((await tx.apiToken.count({ where: { userId: user.id } })) >= MAX_TOKENS_PER_USER) {
      throw translatedError("conflict", "tooManyTokens", { values: { max: MAX_TOKENS_PER_USER } });
    }
    return tx.apiToken.create({ data: { name, start: token.slice(0, VISIBLE_START), hash: hashToken(token), userId: user.id } });
  });
  return { token, view: toView(row) };
}

export async function listApiTokens(userId: string): Promise<ApiTokenView[]> {
  const rows = await db.apiToken.findMany({ where: { userId }, orderBy: { createdAt: "desc" } });
  return rows.map(toView);
}

/** Revokes one of the user's own tokens; someone else's is "not found", never revealed. */
export async function revokeApiToken(userId: string, tokenId: string): Promise<void> {
  const { count } = await db.apiToken.deleteMany({ where: { id: tokenId, userId } });
  if (count === 0) throw translatedError("not_found", "noSuchToken");
}

/**
 * The user a presented token belongs to, or null for an unknown or revoked one, or
 * one whose user is gone or disabled. On the API's hot path: one prepared statement, and no write
 * waited on — `lastUsedAt` is written behind, at most once a minute per token, and
 * a failure to write it (a busy or full disk) never fails the request.
 */
export async function userFromApiToken(token: string): Promise<SignedInUser | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const row = await engine.get(tokenUser, hashToken(token));
  if (!row || !isRole(row.role)) return null;
  const now = Date.now();
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    writes
      .write((tx) => tx.run(touchToken, new Date(now), row.tokenId))
      .catch((err: unknown) => log.warn({ err }, "could not record when an API token was last used"));
  }
  return { id: row.id, name: row.name, email: row.email, role: row.role };
}

function toView(row: { id: string; name: string; start: string; createdAt: Date; lastUsedAt: Date | null }): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    start: row.start,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}
