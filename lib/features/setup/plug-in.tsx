import "server-only";
import { listCrew } from "@/lib/server/crew/list-crew";
import { listActivity } from "../listener-activity/server/list-activity";
import type { PlugIn } from "../feature";
import { setupFeature } from "./manifest";
import { SetupPortlet } from "./portlet/setup-portlet";
import { latestProgress } from "./server/latest-progress";
import { requestAnswers } from "./server/request-answers";

export const plugIn = {
  load: async () => {
    const [activity, crew] = await Promise.all([listActivity(setupFeature.id), listCrew("roadie")]);
    const requestIds = activity.map((entry) => entry.requestId);
    const [progress, answers] = await Promise.all([latestProgress(requestIds), requestAnswers(requestIds)]);
    return <SetupPortlet initialActivity={activity} initialProgress={progress} initialAnswers={answers} crew={crew} />;
  },
} satisfies PlugIn;
