import "server-only";
import type { Prisma } from "../db/generated/client";

/**
 * The replies that are problems (lib/shared/notifications.ts, isProblem), found in SQL by
 * the stored body: a roadie's block (`"state":"blocked"`) or an inventory answer that
 * could not reserve the gear (`"inStock":false`). The body is the reply as
 * JSON.stringify wrote it, so the text is exact; inside a string (a reason) these quotes
 * would be escaped and cannot match.
 */
export const PROBLEM: Prisma.TaskReplyWhereInput = {
  OR: [
    { kind: "progress", body: { contains: '"state":"blocked"' } },
    { kind: "answer", body: { contains: '"inStock":false' } },
  ],
};

export const ROUTINE: Prisma.TaskReplyWhereInput = { NOT: PROBLEM };
