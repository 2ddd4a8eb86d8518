import { z } from "zod";
import { definePortletConfig } from "@/lib/shared/portlet-config";

/** The finished or stuck requests a roadie may leave out of their list. */
export const SETUP_SHOWABLE = ["done", "blocked"] as const;
export type SetupShowable = (typeof SETUP_SHOWABLE)[number];

/** Setup: whether requests already done, and those blocked, stay in the list. */
export const SETUP_CONFIG = definePortletConfig({
  shape: {
    show: z
      .array(z.enum(SETUP_SHOWABLE, "configSetupShowInvalid"))
      .transform((chosen) => SETUP_SHOWABLE.filter((state) => chosen.includes(state))),
  },
  defaults: { show: [...SETUP_SHOWABLE] },
  fields: [
    {
      kind: "checkboxes",
      name: "show",
      label: "Show requests that are",
      options: [
        { value: "done", label: "Done" },
        { value: "blocked", label: "Blocked" },
      ],
      hint: "Cleared: those requests are left out of this portlet's list.",
    },
  ],
});
