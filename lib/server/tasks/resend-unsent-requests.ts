import "server-only";
import type { TaskStatus } from "@/lib/shared/task";
import { db } from "../db/client";
import { sendSetupRequest } from "./add-task";

/**
 * A crash between storing a task and logging its request leaves a task nobody was
 * asked about. At start, send those requests: the task row is the outbox.
 */
export async function resendUnsentRequests(): Promise<number> {
  const unsent = await db.$queryRaw<{ name: string; description: string; status: string; requestId: string }[]>`
    SELECT t."name", t."description", t."status", t."requestId" FROM "Task" t
    WHERE NOT EXISTS (SELECT 1 FROM "BusMessage" m WHERE m."id" = t."requestId")`;
  for (const task of unsent) await sendSetupRequest({ ...task, status: task.status as TaskStatus });
  return unsent.length;
}
