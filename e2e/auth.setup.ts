import { mkdirSync, writeFileSync } from "node:fs";
import { test as setup } from "@playwright/test";
import { ROLES } from "@/lib/shared/roles";
import { createToken, signedInContext, storageStateOf, TOKENS_FILE } from "./support/auth";

/** Signs each demo user in once and keeps their cookie and an API token for the suites. */
setup("sign in each role and make its API token", async ({ baseURL }) => {
  mkdirSync("e2e/.auth", { recursive: true });
  const tokens: Record<string, string> = {};
  for (const role of ROLES) {
    const session = await signedInContext(baseURL!, role);
    tokens[role] = await createToken(session, `e2e ${role}`);
    await session.storageState({ path: storageStateOf(role) });
    await session.dispose();
  }
  writeFileSync(TOKENS_FILE, JSON.stringify(tokens, null, 2));
});
