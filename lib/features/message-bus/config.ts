import { z } from "zod";
import { definePortletConfig } from "@/lib/shared/portlet-config";

/**
 * Message Bus: which destinations its statistics and live log show. Built from the
 * bus's declared destinations (server-side), so a destination that is gone no longer
 * parses and a saved choice falls back to all of them.
 */
export function messageBusConfig(destinations: readonly [string, ...string[]]) {
  return definePortletConfig({
    shape: {
      destinations: z
        .array(z.enum(destinations, "configBusDestinationUnknown"))
        .min(1, "configBusDestinationsEmpty")
        .transform((chosen) => destinations.filter((name) => chosen.includes(name))),
    },
    defaults: { destinations: [...destinations] },
    fields: [
      {
        kind: "checkboxes",
        name: "destinations",
        label: "Destinations shown",
        options: destinations.map((name) => ({ value: name, label: name })),
      },
    ],
  });
}
