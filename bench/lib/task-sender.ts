import createClient from "openapi-fetch";
import type { paths } from "../../lib/features/openapi/api-types";
import { wallNow } from "./clock";

export type SentTask = { id: string; sentAt: number };

/**
 * Sends task `i` to POST /api/tasks (DESIGN.md's HTTP API) with `authorization`
 * (`Bearer <API token>`) and records when it was sent and the id the server gave it;
 * replies are matched to tasks by that id.
 */
export function makeTaskSender(baseUrl: string, authorization: string) {
  // The typed client generated from /api/openapi.json (lib/features/openapi): a change to the API's shape breaks the bench's build, not its numbers.
  const api = createClient<paths>({ baseUrl, headers: { authorization } });
  const sent: SentTask[] = [];
  const errors: string[] = [];
  /** Resolves with this task (the caller's own, even with many sends in flight), or undefined on an error. */
  async function send(i: number): Promise<SentTask | undefined> {
    const sentAt = wallNow();
    try {
      const { data, response } = await api.POST("/api/tasks", {
        body: { name: `Bench task ${i}`, description: "Check the amps and the DI boxes", status: "Open" },
      });
      if (response.status !== 201 || !data) {
        errors.push(`HTTP ${response.status}`);
        return undefined;
      }
      const task = { id: data.id, sentAt };
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
