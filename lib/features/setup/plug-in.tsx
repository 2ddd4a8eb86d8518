import "server-only";
import { can } from "@/lib/server/access/permissions";
import type { SignedInUser } from "@/lib/server/auth/read-session";
import { listCrew } from "@/lib/server/crew/list-crew";
import { configured } from "@/lib/shared/portlet-config";
import type { PlugIn } from "../feature";
import { SETUP_CONFIG, SETUP_SHOWABLE } from "./config";
import { SetupPortlet } from "./portlet/setup-portlet";
import { REQUEST_PAGE_SIZE } from "./request-page";
import { listRequests } from "./server/list-requests";

export const plugIn = {
  ...configured(SETUP_CONFIG, async (user: SignedInUser, config) => {
    const hidden = SETUP_SHOWABLE.filter((state) => !config.show.includes(state));
    const [page, crew] = await Promise.all([listRequests({ limit: REQUEST_PAGE_SIZE, hide: hidden }), listCrew("roadie")]);
    // Reports only for those who may make them: an admin who takes the permission away sees the role's pages redrawn without them.
    return <SetupPortlet initialPage={page} crew={crew} hidden={hidden} canReport={can(user.role, "setup:report")} />;
  }),
} satisfies PlugIn;
