import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/lib/shared/i18n/messages/en.json";
import { describeLogFilter as describeIn, matchesFilter, NO_LOG_FILTER, type LogEntry } from "./log-entries";

const entry: LogEntry = {
  key: "k",
  destination: "tour/roadie/setup",
  correlationId: "0193aa00-corr",
  messageId: "0193bb00-msg",
  listener: "setup",
  state: "delivered",
  at: "2026-11-27T10:00:00.000Z",
};

const t = createTranslator({ locale: "en", messages: en, namespace: "messageBus.panel" });
const describeLogFilter = (filter: Parameters<typeof describeIn>[0]) => describeIn(filter, t);

describe("the live log's filter", () => {
  it("matches by destination and by a piece of either id, case ignored", () => {
    expect(matchesFilter(entry, NO_LOG_FILTER)).toBe(true);
    expect(matchesFilter(entry, { destination: "tour/roadie/setup", text: "" })).toBe(true);
    expect(matchesFilter(entry, { destination: "tour/manager/task", text: "" })).toBe(false);
    expect(matchesFilter(entry, { destination: "", text: " AA00 " })).toBe(true);
    expect(matchesFilter(entry, { destination: "", text: "bb00-msg" })).toBe(true);
    expect(matchesFilter(entry, { destination: "", text: "nowhere" })).toBe(false);
  });

  it("is put in words for an empty result", () => {
    expect(describeLogFilter({ destination: "tour/roadie/setup", text: "" })).toBe("destination tour/roadie/setup");
    expect(describeLogFilter({ destination: "", text: " nowhere " })).toBe("id “nowhere”");
    expect(describeLogFilter({ destination: "tour/manager/task", text: "3f2a" })).toBe(
      "destination tour/manager/task and id “3f2a”",
    );
  });
});
