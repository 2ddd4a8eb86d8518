import { test as base } from "@playwright/test";
import { checkedContext } from "./openapi";

export { expect } from "@playwright/test";

/** Playwright's test whose `request` fixture checks every API answer against the OpenAPI document. */
export const test = base.extend({
  request: async ({ request }, use) => {
    await use(checkedContext(request));
  },
});
