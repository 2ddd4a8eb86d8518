import "server-only";
import type Database from "better-sqlite3";

/**
 * SQLite's side of the schema's types. SQLite has no date or boolean values: Prisma
 * keeps a DateTime as text ("2026-11-27T10:00:00.120+00:00") and a Boolean as 0/1, in
 * columns declared DATETIME and BOOLEAN. A parameter is converted as it is bound; a
 * result column is converted by its declared type, read once when the statement is
 * prepared, so rows come out as the schema's types (Date, boolean) and rows written
 * here read back the same through Prisma.
 */

/** A DateTime as Prisma writes it in SQLite. Its text sorts as the instants do, so `"createdAt" < ?` compares times. */
export function sqliteTimestamp(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

/** Prisma's text, or CURRENT_TIMESTAMP's "2026-11-27 10:00:00" (UTC without a zone), or milliseconds. */
function fromSqliteTimestamp(value: unknown): Date | null {
  if (value === null) return null;
  if (typeof value === "number") return new Date(value);
  const text = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(" ", "T")}Z`);
}

/** The parameters as SQLite binds them: a Date as Prisma's text, a boolean as 0/1 (the same array when none is either). */
export function toSqliteParams(params: readonly unknown[]): readonly unknown[] {
  let out: unknown[] | undefined;
  for (let i = 0; i < params.length; i++) {
    const value = params[i];
    if (value instanceof Date) (out ??= [...params])[i] = sqliteTimestamp(value);
    else if (typeof value === "boolean") (out ??= [...params])[i] = value ? 1 : 0;
  }
  return out ?? params;
}

type Row = Record<string, unknown>;

/** What turns a row of `statement` into the schema's types, or undefined when no column needs it. */
export function sqliteRowDecoder(statement: Database.Statement): ((row: Row) => void) | undefined {
  if (!statement.reader) return undefined;
  const dates: string[] = [];
  const booleans: string[] = [];
  for (const column of statement.columns()) {
    const declared = column.type?.toUpperCase();
    if (declared === "DATETIME") dates.push(column.name);
    else if (declared === "BOOLEAN") booleans.push(column.name);
  }
  if (dates.length === 0 && booleans.length === 0) return undefined;
  return (row) => {
    for (const name of dates) row[name] = fromSqliteTimestamp(row[name]);
    for (const name of booleans) if (row[name] !== null) row[name] = row[name] === 1;
  };
}
