/**
 * The growth suite's fill: one real task (POSTed to the built server, both replies
 * stored) is the template, and its rows in every table the app writes for a task —
 * Task, TaskReply, BusMessage, BusDelivery, ListenerActivity, PortalEvent — are cloned
 * `count` times by INSERT … SELECT over a counter, in big transactions. Each clone
 * gets its own ids (wherever the template's ids appear, JSON included), its own time
 * (`stepMs` apart, all before the template) and a name of its own; everything else is
 * the template's, so the rows are shaped exactly as the app stores them.
 */
import type Database from "better-sqlite3";

/** Columns whose values are the task's own ids (replaced per clone wherever they occur). */
const ID_COLUMNS = new Set(["id", "requestId", "messageId", "taskId", "correlationId"]);
/** Columns holding when a row was written: moved to the clone's time. */
const TIME_COLUMNS = new Set(["createdAt", "updatedAt"]);
/** Filled by SQLite (AUTOINCREMENT): left out so each clone gets the next number. */
const SERIAL_COLUMNS = new Set(["seq"]);

export type TemplateRow = { table: string; row: Record<string, unknown> };

/** A word per task for the name (search finds one in eight), and a rare one every 1,000th. */
export const NAME_WORDS = ["amps", "lights", "rigging", "stage", "sound", "backline", "catering", "power"] as const;
export const RARE_WORD = "generator";

/** The template task's rows, by its id. */
export function templateRows(db: Database.Database, taskId: string): TemplateRow[] {
  const task = db.prepare(`SELECT * FROM "Task" WHERE "id" = ?`).get(taskId) as Record<string, unknown> | undefined;
  if (!task) throw new Error(`growth fill: no template task ${taskId}`);
  const requestId = task.requestId as string;
  const messages = db.prepare(`SELECT * FROM "BusMessage" WHERE "correlationId" = ? ORDER BY "seq"`).all(requestId) as Record<
    string,
    unknown
  >[];
  const messageIds = messages.map((m) => m.id as string);
  const inList = messageIds.map(() => "?").join(", ");
  const rows: TemplateRow[] = [
    { table: "Task", row: task },
    ...messages.map((row) => ({ table: "BusMessage", row })),
    ...(messageIds.length
      ? (db.prepare(`SELECT * FROM "BusDelivery" WHERE "messageId" IN (${inList})`).all(...messageIds) as Record<
          string,
          unknown
        >[])
      : []
    ).map((row) => ({ table: "BusDelivery", row })),
    ...(db.prepare(`SELECT * FROM "ListenerActivity" WHERE "requestId" = ?`).all(requestId) as Record<string, unknown>[]).map(
      (row) => ({ table: "ListenerActivity", row }),
    ),
    ...(
      db.prepare(`SELECT * FROM "TaskReply" WHERE "taskId" = ? ORDER BY "createdAt"`).all(taskId) as Record<string, unknown>[]
    ).map((row) => ({ table: "TaskReply", row })),
    ...(
      db.prepare(`SELECT * FROM "PortalEvent" WHERE "data" LIKE ? ORDER BY "seq"`).all(`%${taskId}%`) as Record<string, unknown>[]
    ).map((row) => ({ table: "PortalEvent", row })),
  ];
  return rows;
}

/** The ids that make a task's rows its own: each is replaced by the clone's. */
export function templateIds(rows: readonly TemplateRow[]): string[] {
  const ids = new Set<string>();
  for (const { row } of rows) {
    for (const [column, value] of Object.entries(row)) if (ID_COLUMNS.has(column) && typeof value === "string") ids.add(value);
  }
  return [...ids];
}

/**
 * Clone `n`'s id number `k`: a time-ordered, UUID-shaped id (as lib/server/db/
 * ordered-id.ts makes them: 48 bits of ms first), unique per (k, n). `ms` is an SQL
 * expression for the clone's time in ms.
 */
function idSql(k: number, ms: string): string {
  return `(substr(printf('%012x', ${ms}), 1, 8) || '-' || substr(printf('%012x', ${ms}), 9, 4) || '-7' || printf('%03x', ${k}) || '-8' || substr(printf('%015x', s.n), 1, 3) || '-' || substr(printf('%015x', s.n), 4, 12))`;
}

/** The clone's time, in the template value's own format (an ISO string with "+00:00" or "Z", or ms). */
function timeSql(template: unknown, ms: string): string {
  if (typeof template === "number") return ms;
  const text = String(template);
  const suffix = text.endsWith("Z") ? "Z" : text.slice(23);
  return `(strftime('%Y-%m-%dT%H:%M:%f', (${ms}) / 1000.0, 'unixepoch') || '${suffix}')`;
}

/** One INSERT … SELECT per template row, cloning it for s.n in [@from, @to]; @first is the first clone's ms, @step the step. */
export function cloneStatements(rows: readonly TemplateRow[]): { sql: string; params: Record<string, unknown> }[] {
  const ids = templateIds(rows);
  const ms = "CAST(@first + s.n * @step AS INTEGER)";
  return rows.map(({ table, row }) => {
    const columns = Object.keys(row).filter((c) => !SERIAL_COLUMNS.has(c));
    const params: Record<string, unknown> = {};
    const bind = (value: unknown) => {
      const name = `p${Object.keys(params).length}`;
      params[name] = value;
      return `@${name}`;
    };
    const values = columns.map((column) => {
      const value = row[column];
      if (value === null || value === undefined) return "NULL";
      if (TIME_COLUMNS.has(column)) return timeSql(value, ms);
      if (table === "Task" && column === "name") {
        const words = NAME_WORDS.map((w) => `'${w}'`).join(", ");
        return `('Load-in ' || s.n || ' ' || CASE WHEN s.n % 1000 = 0 THEN '${RARE_WORD}' ELSE json_extract(json_array(${words}), '$[' || (s.n % ${NAME_WORDS.length}) || ']') END)`;
      }
      if (typeof value === "string") {
        let expression = bind(value);
        ids.forEach((id, k) => {
          if (value.includes(id)) expression = `replace(${expression}, '${id}', ${idSql(k, ms)})`;
        });
        return expression;
      }
      return bind(value);
    });
    const sql = `WITH RECURSIVE s(n) AS (SELECT CAST(@from AS INTEGER) UNION ALL SELECT n + 1 FROM s WHERE n < @to) INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) SELECT ${values.join(", ")} FROM s`;
    return { sql, params };
  });
}

/**
 * Clones the template task `count` times, `chunk` clones per transaction; the clones'
 * times run from `firstMs` in steps of `stepMs`. Calls `progress` after each chunk.
 */
export function fillFromTemplate(
  db: Database.Database,
  options: { taskId: string; count: number; chunk: number; firstMs: number; stepMs: number; progress?: (done: number) => void },
): void {
  const statements = cloneStatements(templateRows(db, options.taskId)).map(({ sql, params }) => ({
    statement: db.prepare(sql),
    params,
    // A row with no time and no id of its own (none so far) would not name these.
    usesTime: sql.includes("@first"),
  }));
  for (let from = 0; from < options.count; from += options.chunk) {
    const to = Math.min(options.count, from + options.chunk) - 1;
    db.transaction(() => {
      for (const { statement, params, usesTime } of statements) {
        statement.run({ ...params, from, to, ...(usesTime ? { first: options.firstMs, step: options.stepMs } : {}) });
      }
    })();
    options.progress?.(to + 1);
  }
}
