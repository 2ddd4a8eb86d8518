import "server-only";
import { listCrew } from "@/lib/server/crew/list-crew";
import type { PortletDefinition } from "../portlet";
import { SetupPortlet } from "./portlet/setup-portlet";
import { REQUEST_PAGE_SIZE } from "./request-page";
import { setupResponder } from "./responder";
import { listRequests } from "./server/list-requests";

export const setupPortlet = {
  id: "setup",
  title: "Setup",
  subtitle: "Roadies",
  permission: setupResponder.permission,
  load: async () => {
    const [page, crew] = await Promise.all([listRequests({ limit: REQUEST_PAGE_SIZE }), listCrew("roadie")]);
    return <SetupPortlet initialPage={page} crew={crew} />;
  },
} as const satisfies PortletDefinition;
