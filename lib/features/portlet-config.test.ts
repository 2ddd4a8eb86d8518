import { describe, expect, it } from "vitest";
import { readPortletConfig, TITLE_ONLY_CONFIG } from "@/lib/shared/portlet-config";
import { messageBusConfig } from "@/lib/features/message-bus/config";
import { TASKS_CONFIG } from "@/lib/features/tasks/config";
import { shownTitleOf } from "@/lib/shared/portlet-config-view";
import { englishValidationText } from "@/lib/shared/i18n/validation-text";

const BUS = messageBusConfig(["tour/roadie/setup", "tour/manager/task"]);

describe("portlet configuration", () => {
  it("gives every portlet a title field first, then its own", () => {
    expect(TITLE_ONLY_CONFIG.fields.map((field) => field.name)).toEqual(["title"]);
    expect(TASKS_CONFIG.fields.map((field) => field.name)).toEqual(["title", "pageSize", "defaultFilter"]);
    expect(TASKS_CONFIG.defaults).toEqual({ title: "", pageSize: 100, defaultFilter: "all" });
  });

  it("accepts a valid submission, trimming the title and reading the page size from the form's text", () => {
    const parsed = TASKS_CONFIG.schema.parse({ title: "  Load-in  ", pageSize: "10", defaultFilter: "Blocked" });
    expect(parsed).toEqual({ title: "Load-in", pageSize: 10, defaultFilter: "Blocked" });
  });

  it("refuses out-of-range, fractional and unknown values with a message per field", () => {
    const result = TASKS_CONFIG.schema.safeParse({ title: "x".repeat(61), pageSize: "2.5", defaultFilter: "Lost" });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((issue) => issue.path[0]);
    expect(fields).toEqual(expect.arrayContaining(["title", "pageSize", "defaultFilter"]));
    const tooMany = TASKS_CONFIG.schema.safeParse({ title: "", pageSize: "1000", defaultFilter: "all" }).error?.issues[0];
    expect(englishValidationText(tooMany!.message)).toBe("At most 100.");
    expect(TASKS_CONFIG.schema.safeParse({ title: "", pageSize: "", defaultFilter: "all" }).success).toBe(false);
  });

  it("falls back to the default of each field that no longer parses, keeping the rest", () => {
    expect(readPortletConfig(TASKS_CONFIG, { title: "Mine", pageSize: 500, defaultFilter: "Gone" })).toEqual({
      title: "Mine",
      pageSize: 100,
      defaultFilter: "all",
    });
    expect(readPortletConfig(TASKS_CONFIG, undefined)).toEqual(TASKS_CONFIG.defaults);
    expect(readPortletConfig(TASKS_CONFIG, "not an object")).toEqual(TASKS_CONFIG.defaults);
    expect(readPortletConfig(TASKS_CONFIG, [1, 2])).toEqual(TASKS_CONFIG.defaults);
  });

  it("keeps the Message Bus's chosen destinations in the bus's order, and refuses none or an unknown one", () => {
    expect(BUS.schema.parse({ title: "", destinations: ["tour/manager/task", "tour/roadie/setup"] }).destinations).toEqual([
      "tour/roadie/setup",
      "tour/manager/task",
    ]);
    const none = BUS.schema.safeParse({ title: "", destinations: [] }).error?.issues[0];
    expect(englishValidationText(none!.message)).toBe("Choose at least one destination.");
    // A destination that was removed from the bus: the saved choice falls back to all.
    expect(readPortletConfig(BUS, { title: "", destinations: ["tour/gone"] }).destinations).toEqual(BUS.defaults.destinations);
  });

  it("refuses a title with a broken character", () => {
    expect(TITLE_ONLY_CONFIG.schema.safeParse({ title: "Amps \ud800" }).success).toBe(false);
  });

  it("shows the user's title when set, else the portlet's own", () => {
    expect(shownTitleOf({ title: "Load-in" }, "Tasks")).toBe("Load-in");
    expect(shownTitleOf({ title: "" }, "Tasks")).toBe("Tasks");
    expect(shownTitleOf(undefined, "Tasks")).toBe("Tasks");
  });
});
