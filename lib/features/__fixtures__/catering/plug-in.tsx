import "server-only";
import type { PlugIn } from "../../feature";
import { listActivity } from "../../listener-activity/server/list-activity";
import { cateringFeature } from "./manifest";
import { CateringPortlet } from "./portlet/catering-portlet";

export const plugIn = {
  load: async () => <CateringPortlet activity={await listActivity(cateringFeature.id)} />,
} satisfies PlugIn;
