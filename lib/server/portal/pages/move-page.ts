import "server-only";
import { db } from "../../db/client";
import { translatedError } from "../../i18n/error-text";

/**
 * Moves a page one place earlier or later in the page bar: its position is swapped
 * with its neighbour's in one transaction. At either end it stays where it is.
 */
export async function movePage(options: { userId: string; pageId: string; direction: "earlier" | "later" }): Promise<void> {
  await db.$transaction(async (tx) => {
    const pages = await tx.userPage.findMany({
      where: { userId: options.userId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    const from = pages.findIndex((page) => page.id === options.pageId);
    if (from < 0) throw translatedError("not_found", "pageGone");
    const to = options.direction === "earlier" ? from - 1 : from + 1;
    if (to < 0 || to >= pages.length) return;
    const order = pages.map((page) => page.id);
    order.splice(to, 0, ...order.splice(from, 1));
    // Renumbered from 0: positions left with gaps by removed pages close up.
    for (const [position, id] of order.entries()) await tx.userPage.update({ where: { id }, data: { position } });
  });
}
