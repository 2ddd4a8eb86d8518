import "server-only";
import { configured } from "@/lib/shared/portlet-config";
import type { SignedInUser } from "@/lib/server/auth/read-session";
import type { PlugIn } from "../feature";
import { SETUP_DESTINATION, TASK_REPLY_DESTINATION } from "../messages";
import { messageBusConfig } from "./config";
import { LazyMessageBusPanel } from "./portlet/lazy-message-bus-panel";
import { inspectorSnapshot } from "./server/inspector-snapshot";

export const plugIn = {
  ...configured(messageBusConfig([SETUP_DESTINATION, TASK_REPLY_DESTINATION]), async (_user: SignedInUser, config) => {
    const { recent, deadLetters, stats } = await inspectorSnapshot();
    return <LazyMessageBusPanel recent={recent} deadLetters={deadLetters} stats={stats} destinations={config.destinations} />;
  }),
} satisfies PlugIn;
