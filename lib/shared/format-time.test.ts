import { describe, expect, it } from "vitest";
import { formatTime } from "./format-time";

describe("formatTime", () => {
  // Two o'clock in the afternoon where the test runs: formatTime shows the reader's time zone.
  const afternoon = new Date(2026, 11, 7, 14, 5).toISOString();
  const morning = new Date(2026, 11, 7, 9, 7).toISOString();

  it("writes 24-hour times in English and German alike", () => {
    expect(formatTime(afternoon, "en")).toBe("14:05");
    expect(formatTime(afternoon, "de")).toBe("14:05");
    expect(formatTime(morning, "en")).toBe("09:07");
  });

  it("follows the locale's own digits", () => {
    expect(formatTime(afternoon, "ar-EG")).not.toBe("14:05");
  });
});
