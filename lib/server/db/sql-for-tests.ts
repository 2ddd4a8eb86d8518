import "server-only";
import type { Statement } from "./statement";

const interned = new Map<string, Statement>();

/**
 * An untyped statement, for tests, conformance suites and benches only: SQL on tables
 * the test made itself, or a check beside the catalogue. Interned by text, so the
 * engines prepare it once. The app's statements come from `statement()` in `*.sql.ts`
 * files instead (the drift test checks that nothing else imports this). A tag
 * (sql`SELECT 1`) or, for SQL made at run time, a call (sql(text)).
 */
export function sql<R = Record<string, unknown>>(source: TemplateStringsArray | string): Statement<unknown[], R> {
  const text = typeof source === "string" ? source : source.join("");
  let made = interned.get(text);
  if (!made) {
    made = { name: text, sql: text, params: [], returns: {} };
    interned.set(text, made);
  }
  return made as Statement<unknown[], R>;
}
