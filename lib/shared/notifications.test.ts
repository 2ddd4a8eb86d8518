import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { badgeText, isProblem, titleWithCount } from "./notifications";
import { formatTime } from "./format-time";
import de from "./i18n/messages/de.json";
import en from "./i18n/messages/en.json";

// The bell's and the panel's words are the catalogue's: checked here as the components say them.
const english = createTranslator({ locale: "en", messages: en, namespace: "notifications" });
const german = createTranslator({ locale: "de", messages: de, namespace: "notifications" });

describe("notifications", () => {
  it("puts the count of unread problems in the bell's name only when there is one", () => {
    expect(english("bell.label", { count: 3 })).toBe("Notifications, 3 unread problems");
    expect(english("bell.label", { count: 1 })).toBe("Notifications, 1 unread problem");
    expect(english("bell.label", { count: 0 })).toBe("Notifications");
    expect(german("bell.label", { count: 1 })).toBe("Benachrichtigungen, 1 ungelesenes Problem");
    expect(german("bell.label", { count: 0 })).toBe("Benachrichtigungen");
  });

  it("caps the badge and the title at 99+ (a thousand tasks do not read 2002)", () => {
    expect(badgeText(7)).toBe("7");
    expect(badgeText(99)).toBe("99");
    expect(badgeText(1000)).toBe("99+");
    expect(titleWithCount("tourbus", 1000)).toBe("(99+) tourbus");
    expect(titleWithCount("(99+) tourbus", 2)).toBe("(2) tourbus");
  });

  it("shows the count in front of the title and takes it away when read, whatever the title's language", () => {
    expect(titleWithCount("tourbus", 3)).toBe("(3) tourbus");
    expect(titleWithCount("(3) tourbus", 5)).toBe("(5) tourbus");
    expect(titleWithCount("(5) tourbus", 0)).toBe("tourbus");
    expect(titleWithCount("tourbus", 0)).toBe("tourbus");
    expect(titleWithCount("Übersicht (Tour) – tourbus", 2)).toBe("(2) Übersicht (Tour) – tourbus");
    expect(titleWithCount("(2) Übersicht (Tour) – tourbus", 0)).toBe("Übersicht (Tour) – tourbus");
  });

  it("tells problems from routine answers by the standing their responder says they move to", () => {
    expect(isProblem({ moves: { by: "report", to: "Blocked" } })).toBe(true);
    expect(isProblem({ moves: { by: "concern", to: "Short of gear" } })).toBe(true);
    expect(isProblem({ moves: { by: "report", to: "Done" } })).toBe(false);
    expect(isProblem({ moves: { by: "report", to: "In progress" } })).toBe(false);
    expect(isProblem({})).toBe(false);
  });

  it("says what happened to which task", () => {
    expect(english("routineLine", { who: "Inventory replied", task: "Amps", answer: "Reserved: 2 × Amplifier" })).toBe(
      "Inventory replied on “Amps”: Reserved: 2 × Amplifier",
    );
    expect(english("routineLine", { who: "Roadie progress", task: "Amps", answer: "Done" })).toBe(
      "Roadie progress on “Amps”: Done",
    );
    expect(english("problemLine", { task: "Amps", answer: "Blocked: No power" })).toBe("“Amps”: Blocked: No power");
    expect(german("problemLine", { task: "Amps", answer: "Blocked: No power" })).toBe("„Amps“: Blocked: No power");
  });

  it("counts what is left over in the reader's digits", () => {
    expect(english("panel.more", { count: 1200 })).toBe("And 1,200 older, also marked read.");
    expect(german("panel.more", { count: 1200 })).toBe("Und 1.200 ältere, ebenfalls als gelesen markiert.");
  });

  it("writes times on a 24-hour clock in either language", () => {
    for (const locale of ["en", "de"]) {
      expect(formatTime("2026-12-07T15:04:00.000Z", locale)).toMatch(/^\d{2}:\d{2}$/);
      expect(formatTime("2026-12-07T15:04:00.000Z", locale)).not.toMatch(/AM|PM/i);
    }
  });
});
