import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate-locale";

describe("negotiateLocale", () => {
  it("keeps a saved choice over the browser's preference", () => {
    expect(negotiateLocale("de", "en-US,en;q=0.9")).toBe("de");
    expect(negotiateLocale("en", "de-DE")).toBe("en");
  });

  it("follows the browser when nothing usable is saved", () => {
    expect(negotiateLocale(undefined, "de-AT,de;q=0.9,en;q=0.5")).toBe("de");
    expect(negotiateLocale("fr", "de-CH")).toBe("de");
    expect(negotiateLocale(undefined, "fr-FR,de;q=0.8,en;q=0.9")).toBe("en");
  });

  it("falls back to English for a language it does not speak, a wildcard, nonsense or no header", () => {
    expect(negotiateLocale(undefined, "ja-JP")).toBe("en");
    expect(negotiateLocale(undefined, "*")).toBe("en");
    expect(negotiateLocale(undefined, "12345678901, ;;;q=x")).toBe("en");
    expect(negotiateLocale(undefined, null)).toBe("en");
  });
});
