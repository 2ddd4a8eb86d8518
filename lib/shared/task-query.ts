import { z } from "zod";
import { TASK_PAGE_MAX, TASK_PAGE_SIZE, TASK_SEARCH_MAX } from "./task-page";
import { TASK_STANDINGS } from "./task-status";

/** Where a page starts: just after the task with this creation time and id (newest first). */
export type TaskCursor = { createdAt: string; id: string };

/** In English: the API answers in English, and the signed cursor's check (lib/server/http/signed-cursor.ts) words it too. */
export const CURSOR_ERROR = "The cursor is not valid: pass nextCursor from the previous page as it is.";

/**
 * The cursor's readable half (base64url of the last task's time and id); the server
 * signs it (lib/server/http/signed-cursor.ts), so clients treat the whole as opaque.
 */
export function cursorPayload(cursor: TaskCursor): string {
  return btoa(JSON.stringify([cursor.createdAt, cursor.id]))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
}

/** The time and id in a payload, or undefined when it is not one cursorPayload wrote. */
export function readCursorPayload(text: string): TaskCursor | undefined {
  try {
    const json: unknown = JSON.parse(atob(text.replaceAll("-", "+").replaceAll("_", "/")));
    const parsed = z.tuple([z.iso.datetime(), z.string().min(1).max(100)]).safeParse(json);
    return parsed.success ? { createdAt: parsed.data[0], id: parsed.data[1] } : undefined;
  } catch {
    return undefined;
  }
}

/** A query parameter: absent and empty are the same. */
const optional = (value: unknown) => (value === null || value === "" ? undefined : value);

/**
 * `GET /api/tasks?q=&status=&cursor=&limit=`, as query parameters arrive: text or absent.
 * Its messages are keys of the catalogue's "validation" namespace, whose texts carry the limits.
 */
export const taskQuerySchema = z.object({
  q: z.preprocess((value) => value ?? "", z.string().trim().max(TASK_SEARCH_MAX, "taskSearchTooLong")),
  status: z.preprocess(optional, z.enum(["all", ...TASK_STANDINGS], { error: "taskFilterStatusInvalid" }).default("all")),
  cursor: z.preprocess(
    optional,
    // Checked where the secret is: listTasks refuses one this server did not sign.
    z.string().max(400, "taskCursorInvalid").optional(),
  ),
  // A larger page than allowed is capped, not refused (as GitHub's per_page is).
  limit: z.preprocess(
    (value) => (optional(value) === undefined ? undefined : /^\s*\d+\s*$/.test(String(value)) ? Number(value) : Number.NaN),
    z
      .number({ error: "taskLimitInvalid" })
      .int()
      .min(1, "taskLimitInvalid")
      .default(TASK_PAGE_SIZE)
      .transform((limit) => Math.min(limit, TASK_PAGE_MAX)),
  ),
});
export type TaskQuery = z.output<typeof taskQuerySchema>;

/** The query of a URL's search parameters (the first of a repeated one); unknown ones are ignored. */
export function taskQueryInput(params: URLSearchParams): Record<string, string | null> {
  return { q: params.get("q"), status: params.get("status"), cursor: params.get("cursor"), limit: params.get("limit") };
}
