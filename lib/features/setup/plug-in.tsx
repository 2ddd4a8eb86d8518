import "server-only";
import { listCrew } from "@/lib/server/crew/list-crew";
import { listActivity } from "../listener-activity/server/list-activity";
import type { PortletDefinition } from "../portlet";
import { SetupPortlet } from "./portlet/setup-portlet";
import { setupResponder } from "./responder";
import { latestProgress } from "./server/latest-progress";
import { requestAnswers } from "./server/request-answers";

export const setupPortlet = {
  id: "setup",
  title: "Setup",
  subtitle: "Roadies",
  permission: setupResponder.permission,
  load: async () => {
    const [activity, crew] = await Promise.all([listActivity(setupResponder.id), listCrew("roadie")]);
    const requestIds = activity.map((entry) => entry.requestId);
    const [progress, answers] = await Promise.all([latestProgress(requestIds), requestAnswers(requestIds)]);
    return <SetupPortlet initialActivity={activity} initialProgress={progress} initialAnswers={answers} crew={crew} />;
  },
} as const satisfies PortletDefinition;
