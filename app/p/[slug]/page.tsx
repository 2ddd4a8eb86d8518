import { PortalView } from "@/app/portal-view";

export const dynamic = "force-dynamic";

/** One of the user's portal pages by its address; an unknown one is a 404. */
export default async function PortalSubPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <PortalView slug={slug} />;
}
