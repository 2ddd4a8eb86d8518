import { wallNow } from "./clock";

export type SentTask = { id: string; sentAt: number };

/**
 * Sends task `i` to POST /api/tasks (DESIGN.md's HTTP API) with `authorization`
 * (`Bearer <API token>`) and records when it was sent and the id the server gave it;
 * replies are matched to tasks by that id.
 */
export function makeTaskSender(baseUrl: string, authorization: string) {
  const sent: SentTask[] = [];
  const errors: string[] = [];
  /** Resolves with this task (the caller's own, even with many sends in flight), or undefined on an error. */
  async function send(i: number): Promise<SentTask | undefined> {
    const sentAt = wallNow();
    try {
      const response = await fetch(`${baseUrl}/api/tasks`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization },
        body: JSON.stringify({ name: `Bench task ${i}`, description: "Check the amps and the DI boxes", status: "Open" }),
      });
      const body = (await response.json()) as { id?: unknown };
      if (response.status !== 201 || typeof body.id !== "string") {
        errors.push(`HTTP ${response.status}`);
        return undefined;
      }
      const task = { id: body.id, sentAt };
      sent.push(task);
      return task;
    } catch (error) {
      // fetch's own message is just "fetch failed"; the cause says why (ECONNRESET, a timeout, ...).
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
      errors.push(error instanceof Error ? `${error.message}${cause}` : String(error));
      return undefined;
    }
  }
  return { send, sent, errors };
}
