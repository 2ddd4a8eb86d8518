/** What a server action without a form answers: done with a value, or why not. */
export type ActionResult<T> = { ok: true; value: T } | { ok: false; message: string };
