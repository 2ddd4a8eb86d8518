import "server-only";
import { AppError } from "../../app-error";
import { db } from "../../db/client";

/** Renames one of the user's pages; its address stays (links and bookmarks to it keep working). */
export async function renamePage(options: { userId: string; pageId: string; name: string }): Promise<void> {
  const { count } = await db.userPage.updateMany({
    where: { id: options.pageId, userId: options.userId },
    data: { name: options.name },
  });
  if (count === 0) throw new AppError("not_found", "That page is gone. Reload to see your pages.");
}
