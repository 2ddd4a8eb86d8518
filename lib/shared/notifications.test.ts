import { describe, expect, it } from "vitest";
import { notificationsLabel, notificationText, titleWithCount } from "./notifications";

describe("notifications", () => {
  it("puts the unread count in the bell's name only when there is one", () => {
    expect(notificationsLabel(3)).toBe("Notifications, 3 unread");
    expect(notificationsLabel(0)).toBe("Notifications");
  });

  it("shows the count in front of the title and takes it away when read", () => {
    expect(titleWithCount("tourbus", 3)).toBe("(3) tourbus");
    expect(titleWithCount("(3) tourbus", 5)).toBe("(5) tourbus");
    expect(titleWithCount("(5) tourbus", 0)).toBe("tourbus");
    expect(titleWithCount("tourbus", 0)).toBe("tourbus");
  });

  it("says who answered which task", () => {
    expect(notificationText({ who: "Inventory replied", taskName: "Amps", answer: "Reserved: 2 × Amplifier" })).toBe(
      "Inventory replied on “Amps”: Reserved: 2 × Amplifier",
    );
    expect(notificationText({ who: "Roadie progress", taskName: "Amps", answer: "Done" })).toBe("Roadie progress on “Amps”: Done");
  });
});
