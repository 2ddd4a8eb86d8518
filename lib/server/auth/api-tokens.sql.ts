import "server-only";
import { statement } from "../db/statement";

/** The live token with this hash and its user, unless the user is disabled. */
export const tokenUser = statement({
  name: "token's user",
  sql: `SELECT t."id" AS "tokenId", t."lastUsedAt", u."id", u."name", u."email", u."role"
        FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId" WHERE t."hash" = ? AND u."disabledAt" IS NULL`,
  params: ["ApiToken.hash"],
  returns: {
    tokenId: "ApiToken.id",
    lastUsedAt: "ApiToken.lastUsedAt",
    id: "User.id",
    name: "User.name",
    email: "User.email",
    role: "User.role",
  },
});

export const touchToken = statement({
  name: "token last used",
  sql: `UPDATE "ApiToken" SET "lastUsedAt" = ? WHERE "id" = ?`,
  params: ["ApiToken.lastUsedAt", "ApiToken.id"],
});
