import { describe, expect, it } from "vitest";
import { badgeText, isProblem, notificationsLabel, notificationText, titleWithCount } from "./notifications";
import { formatTime } from "./format-time";

describe("notifications", () => {
  it("puts the count of unread problems in the bell's name only when there is one", () => {
    expect(notificationsLabel(3)).toBe("Notifications, 3 unread problems");
    expect(notificationsLabel(1)).toBe("Notifications, 1 unread problem");
    expect(notificationsLabel(0)).toBe("Notifications");
  });

  it("caps the badge and the title at 99+ (a thousand tasks do not read 2002)", () => {
    expect(badgeText(7)).toBe("7");
    expect(badgeText(99)).toBe("99");
    expect(badgeText(1000)).toBe("99+");
    expect(titleWithCount("tourbus", 1000)).toBe("(99+) tourbus");
    expect(titleWithCount("(99+) tourbus", 2)).toBe("(2) tourbus");
  });

  it("shows the count in front of the title and takes it away when read", () => {
    expect(titleWithCount("tourbus", 3)).toBe("(3) tourbus");
    expect(titleWithCount("(3) tourbus", 5)).toBe("(5) tourbus");
    expect(titleWithCount("(5) tourbus", 0)).toBe("tourbus");
    expect(titleWithCount("tourbus", 0)).toBe("tourbus");
  });

  it("tells problems from routine answers by the standing their responder says they move to", () => {
    expect(isProblem({ moves: { by: "report", to: "Blocked" } })).toBe(true);
    expect(isProblem({ moves: { by: "concern", to: "Short of gear" } })).toBe(true);
    expect(isProblem({ moves: { by: "report", to: "Done" } })).toBe(false);
    expect(isProblem({ moves: { by: "report", to: "In progress" } })).toBe(false);
    expect(isProblem({})).toBe(false);
  });

  it("says what happened to which task", () => {
    const base = { problem: false, taskName: "Amps" } as const;
    expect(notificationText({ ...base, who: "Inventory replied", answer: "Reserved: 2 × Amplifier" })).toBe(
      "Inventory replied on “Amps”: Reserved: 2 × Amplifier",
    );
    expect(notificationText({ ...base, who: "Roadie progress", answer: "Done" })).toBe("Roadie progress on “Amps”: Done");
    expect(notificationText({ ...base, problem: true, who: "Roadie progress", answer: "Blocked: No power" })).toBe(
      "“Amps”: Blocked: No power",
    );
  });

  it("writes times on a 24-hour clock", () => {
    expect(formatTime("2026-12-07T15:04:00.000Z")).toMatch(/^\d{2}:\d{2}$/);
    expect(formatTime("2026-12-07T15:04:00.000Z")).not.toMatch(/AM|PM/i);
  });
});
