import { describe, expect, it } from "vitest";
import { apiTokenInputSchema } from "./api-token";
import { gearItemInputSchema, gearNeedSchema } from "./gear";
import { addPageSchema } from "./portal-pages";
import { TITLE_ONLY_CONFIG } from "./portlet-config";
import { progressInputSchema } from "./progress";
import { HIDDEN_CONTROLS_MESSAGE, showsAsStored, showsSomething } from "./shown-text";
import { addUserSchema } from "./user-admin";

describe("showsAsStored", () => {
  it.each([
    ["a right-to-left override", "ok\u202Egnp.exe"],
    ["a left-to-right override", "a\u202Db"],
    ["NUL", "a\u0000b"],
    ["BEL", "a\u0007"],
    ["DEL", "a\u007F"],
    ["a C1 control", "a\u0085b"],
  ])("refuses %s", (_, text) => expect(showsAsStored(text)).toBe(false));

  it.each([
    ["plain text", "Rig the lights"],
    ["Hebrew with a right-to-left mark", "תאורה\u200F 2"],
    ["Arabic", "إضاءة المسرح"],
    ["line breaks and tabs in a description", "line one\nline two\r\n\tindented"],
    ["emoji with a zero-width joiner", "👩\u200D🔧 crew"],
    ["Arabic pasted with a right-to-left embedding", "\u202Bإضاءة\u202C 2"],
    ["a first-strong isolate", "a\u2068b\u2069"],
  ])("keeps %s", (_, text) => expect(showsAsStored(text)).toBe(true));
});

describe("showsSomething", () => {
  it.each(["\u200B\u200B", "\u00AD", "\uFEFF", " \u200D ", "\u200E"])("refuses %j, which draws nothing", (text) =>
    expect(showsSomething(text)).toBe(false),
  );
  it.each(["a", "\u200Ba", "1", "·"])("keeps %j", (text) => expect(showsSomething(text)).toBe(true));
});

// The task's own schema has the same cases in lib/features/tasks/schema.test.ts.
describe("every shared schema of text that others read", () => {
  const OVERRIDE = "invoice \u202Egnp.exe";
  const INVISIBLE = "\u200B\u200B";
  it.each([
    ["a gear item's name", () => gearItemInputSchema.safeParse({ name: OVERRIDE, quantity: 1 }), "name"],
    ["a gear line's name", () => gearNeedSchema.safeParse({ name: OVERRIDE, quantity: 1 }), "name"],
    ["a page's name", () => addPageSchema.safeParse({ name: OVERRIDE }), "name"],
    ["a token's name", () => apiTokenInputSchema.safeParse({ name: OVERRIDE }), "name"],
    ["a user's name", () => addUserSchema.safeParse({ name: OVERRIDE, email: "a@b.dev", role: "roadie" }), "name"],
    ["a roadie's reason", () => progressInputSchema.safeParse({ requestId: "r", state: "blocked", reason: OVERRIDE }), "reason"],
    ["a portlet's title", () => TITLE_ONLY_CONFIG.schema.safeParse({ title: OVERRIDE }), "title"],
  ])("refuses hidden controls in %s", (_, parse, field) => {
    const result = parse();
    expect(result.success).toBe(false);
    expect(result.error?.issues).toContainEqual(expect.objectContaining({ path: [field], message: HIDDEN_CONTROLS_MESSAGE }));
  });

  it.each([
    ["a gear item's name", () => gearItemInputSchema.safeParse({ name: INVISIBLE, quantity: 1 })],
    ["a page's name", () => addPageSchema.safeParse({ name: INVISIBLE })],
    ["a token's name", () => apiTokenInputSchema.safeParse({ name: INVISIBLE })],
    ["a user's name", () => addUserSchema.safeParse({ name: INVISIBLE, email: "a@b.dev", role: "roadie" })],
    ["a portlet's title", () => TITLE_ONLY_CONFIG.schema.safeParse({ title: INVISIBLE })],
  ])("refuses %s of only zero-width characters", (_, parse) => expect(parse().success).toBe(false));
});
