import "server-only";
import type { SignedInUser } from "@/lib/server/auth/read-session";
import { listCrew } from "@/lib/server/crew/list-crew";
import { configured } from "@/lib/shared/portlet-config";
import { listActivity } from "../listener-activity/server/list-activity";
import type { PortletDefinition } from "../portlet";
import { SETUP_CONFIG, SETUP_SHOWABLE } from "./config";
import { SetupPortlet } from "./portlet/setup-portlet";
import { setupResponder } from "./responder";
import { latestProgress } from "./server/latest-progress";
import { requestAnswers } from "./server/request-answers";

export const setupPortlet = {
  id: "setup",
  title: "Setup",
  subtitle: "Roadies",
  permission: setupResponder.permission,
  ...configured(SETUP_CONFIG, async (_user: SignedInUser, config) => {
    const [activity, crew] = await Promise.all([listActivity(setupResponder.id), listCrew("roadie")]);
    const requestIds = activity.map((entry) => entry.requestId);
    const [progress, answers] = await Promise.all([latestProgress(requestIds), requestAnswers(requestIds)]);
    const hidden = SETUP_SHOWABLE.filter((state) => !config.show.includes(state));
    return <SetupPortlet initialActivity={activity} initialProgress={progress} initialAnswers={answers} crew={crew} hidden={hidden} />;
  }),
} as const satisfies PortletDefinition;
