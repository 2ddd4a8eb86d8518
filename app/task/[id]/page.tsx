import { redirect } from "next/navigation";
import { tasksFeature } from "@/lib/features/tasks/manifest";
import { portletsFor } from "@/lib/features/portlet-registry";
import { requireSignedIn } from "@/lib/server/auth/session";
import { pageWithPortlet } from "@/lib/server/portal/pages/page-with-portlet";
import { taskHref } from "@/lib/shared/show-task";

export const dynamic = "force-dynamic";

/**
 * A link to one task followed from a page without the Tasks portlet (a toast's or the
 * bell's "Show task"): on to the first of the user's pages that has it, at the task.
 */
export default async function ShowTaskPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireSignedIn();
  const ids = portletsFor(user.role).map((portlet) => portlet.id);
  redirect(`${await pageWithPortlet(user, ids, tasksFeature.id)}${taskHref(id)}`);
}
