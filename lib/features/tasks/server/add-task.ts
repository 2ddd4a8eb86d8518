import "server-only";
import type { TaskView } from "@/lib/shared/task";
import type { TaskInput } from "@/lib/features/tasks/schema";
import { requireKnownGear } from "@/lib/features/inventory/server/known-gear";
import { listGear } from "@/lib/features/inventory/server/list-gear";
import { taskStanding } from "@/lib/shared/task-status";
import { orderedId } from "@/lib/server/db/ordered-id";
import type { SqlTx } from "@/lib/server/db/sql-tx";
import { writes } from "@/lib/server/db/writes";
import { logEvent, push } from "@/lib/server/realtime/publish";
import { currentResponders } from "./expected-replies";
import { claimKey, type Idempotency } from "./idempotency";
import { resendUnsentRequests } from "./resend-unsent-requests";
import { sendSetupRequest } from "./send-setup-request";
import { insertTask } from "./tasks.sql";

export type AddedTask = {
  task: TaskView;
  /** true: the key's first answer, given again; nothing was added. */ replayed: boolean;
};

/**
 * Stores a validated task and sends the setup request, with the Tasks portlet's
 * return address, to the roadies and the inventory manager. Returns once the task
 * and the request are durable, without waiting for the answers: those arrive on
 * tour/manager/task. With an Idempotency-Key, a retry gets the first answer again.
 */
export async function addTask(
  given: TaskInput,
  options: { idempotency?: Idempotency; /** Who adds it: its replies become their notifications. */ createdById?: string } = {},
): Promise<AddedTask> {
  const { idempotency } = options;
  // Checked before anything is written or sent: a refused task leaves no trace.
  const input = given.gear.length > 0 ? { ...given, gear: requireKnownGear(given.gear, await listGear()) } : given;
  const createdAt = new Date();
  // Its request goes to the responders wired now: the delivery records the send writes.
  const task: TaskView = {
    id: orderedId(),
    ...input,
    createdAt: createdAt.toISOString(),
    expected: currentResponders(),
    replies: [],
  };
  const requestId = orderedId();
  const request = { ...input, requestId };
  const store = async (tx: SqlTx) => {
    // The key is claimed before the task is written: a request that finds it taken adds nothing.
    const earlier = idempotency && (await claimKey(tx, idempotency, task));
    if (earlier) return { earlier };
    await tx.run(
      insertTask,
      task.id,
      task.name,
      task.description,
      task.status,
      requestId,
      JSON.stringify(task.gear),
      taskStanding(task),
      options.createdById ?? null,
      createdAt,
    );
    return { added: logEvent(tx, "task:added", task) };
  };

  if (!idempotency) {
    // Asked for together, so the task, its event and its request commit in one transaction.
    const [stored] = await Promise.all([writes.write(store), sendSetupRequest(request)]);
    // Pushed before any listener runs (they start on a later turn), so pages know the task before its replies.
    if (stored.added) push(stored.added);
    return { task, replayed: false };
  }
  // With a key, the request goes out once this task is known to be new. A crash in
  // between leaves a task without a request: the retry that finds the task sends it
  // (on a cluster the retry may reach another instance than the one that died), and
  // so does the next start (resend-unsent-requests.ts). Its message id is the task's
  // requestId, so a retry racing a live first try sends nothing twice.
  const stored = await writes.write(store);
  if (stored.earlier) {
    await resendUnsentRequests({ taskId: stored.earlier.id });
    return { task: stored.earlier, replayed: true };
  }
  push(stored.added);
  await sendSetupRequest(request);
  return { task, replayed: false };
}
