import "server-only";
import { defaultLayout } from "@/lib/shared/portal-layout";
import { db } from "../db/client";

/**
 * Saves one portlet's validated configuration on a user's page, keeping the others'.
 * Read and written in one transaction, so two dialogs saved at once both stay.
 */
export async function savePortletConfig(options: {
  userId: string;
  portletId: string;
  config: Record<string, unknown>;
  portletIds: readonly string[];
}): Promise<void> {
  const { userId, portletId } = options;
  await db.$transaction(async (tx) => {
    const row = await tx.portalLayout.findUnique({ where: { id: userId }, select: { config: true } });
    const saved = parseObject(row?.config);
    const config = JSON.stringify({ ...saved, [portletId]: options.config });
    await tx.portalLayout.upsert({
      where: { id: userId },
      // No page saved yet: the default placement, as the page showed it.
      create: { id: userId, portlets: JSON.stringify(defaultLayout(options.portletIds)), config },
      update: { config },
    });
  });
}

function parseObject(text: string | undefined): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text ?? "{}");
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
