import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/lib/shared/i18n/messages/en.json";
import { describeSetupFilter, isFiltering, matchesSetupFilter, NO_SETUP_FILTER, type SetupCardFields } from "./setup-filter";

const card: SetupCardFields = {
  taskName: "Haze the stage",
  request: { description: "Stage left, before doors", gear: [{ name: "Fog machine", quantity: 3 }] },
  state: "blocked",
};

describe("matchesSetupFilter", () => {
  it("lets every card through with no filter", () => {
    expect(matchesSetupFilter(card, NO_SETUP_FILTER)).toBe(true);
    expect(matchesSetupFilter({ taskName: "Bare", state: "not-started" }, NO_SETUP_FILTER)).toBe(true);
  });

  it("keeps only the chosen state, 'not started' being no report yet", () => {
    expect(matchesSetupFilter(card, { state: "blocked", query: "" })).toBe(true);
    expect(matchesSetupFilter(card, { state: "done", query: "" })).toBe(false);
    expect(matchesSetupFilter({ ...card, state: "not-started" }, { state: "not-started", query: "" })).toBe(true);
    expect(matchesSetupFilter({ ...card, state: "in-progress" }, { state: "not-started", query: "" })).toBe(false);
  });

  it("searches name, description and gear, every word, case ignored", () => {
    expect(matchesSetupFilter(card, { state: "all", query: "HAZE" })).toBe(true);
    expect(matchesSetupFilter(card, { state: "all", query: "doors" })).toBe(true);
    expect(matchesSetupFilter(card, { state: "all", query: "fog machine" })).toBe(true);
    expect(matchesSetupFilter(card, { state: "all", query: "  fog   left " })).toBe(true);
    expect(matchesSetupFilter(card, { state: "all", query: "fog amplifier" })).toBe(false);
    expect(matchesSetupFilter({ taskName: "Bare", state: "done" }, { state: "all", query: "fog" })).toBe(false);
  });

  it("needs both the state and the words", () => {
    expect(matchesSetupFilter(card, { state: "blocked", query: "fog" })).toBe(true);
    expect(matchesSetupFilter(card, { state: "in-progress", query: "fog" })).toBe(false);
  });
});

describe("describeSetupFilter and isFiltering", () => {
  it("word the filter for an empty result", () => {
    const t = createTranslator({ locale: "en", messages: en });
    expect(describeSetupFilter({ state: "all", query: " fog " }, t)).toBe("“fog”");
    expect(describeSetupFilter({ state: "blocked", query: "" }, t)).toBe("Blocked");
    expect(describeSetupFilter({ state: "not-started", query: "fog" }, t)).toBe("“fog” in Not started");
  });

  it("tell a filter from none (blank words are none)", () => {
    expect(isFiltering(NO_SETUP_FILTER)).toBe(false);
    expect(isFiltering({ state: "all", query: "   " })).toBe(false);
    expect(isFiltering({ state: "done", query: "" })).toBe(true);
  });
});
