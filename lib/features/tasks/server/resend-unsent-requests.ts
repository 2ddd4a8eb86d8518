import "server-only";
import { gearNeedSchema } from "@/lib/shared/gear";
import type { TaskStatus } from "@/lib/shared/task";
import { db } from "@/lib/server/db/client";
import { sendSetupRequest } from "./add-task";

type UnsentRow = { name: string; description: string; status: string; gear: string; requestId: string };

/**
 * A crash between storing a task and logging its request leaves a task nobody was
 * asked about. At start, send those requests: the task row is the outbox.
 */
export async function resendUnsentRequests(): Promise<number> {
  const unsent = await db.$queryRaw<UnsentRow[]>`
    SELECT t."name", t."description", t."status", t."gear", t."requestId" FROM "Task" t
    WHERE NOT EXISTS (SELECT 1 FROM "BusMessage" m WHERE m."id" = t."requestId")`;
  for (const task of unsent) {
    const gear = gearNeedSchema.array().safeParse(JSON.parse(task.gear));
    await sendSetupRequest({ ...task, status: task.status as TaskStatus, gear: gear.success ? gear.data : [] });
  }
  return unsent.length;
}
