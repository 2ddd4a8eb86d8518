import "server-only";
import pg from "pg";

/**
 * PostgreSQL's side of the schema's types, for node-postgres. Prisma's DateTime is a
 * `timestamp(3)` without a zone, holding UTC: node-postgres would read and write one
 * in the process's time zone, so it is read here as a Date in UTC and a Date parameter
 * is sent as its UTC text (PostgreSQL ignores the zone of a timestamp input). A
 * Boolean is PostgreSQL's own. A bigint (only count(*) and sums make one: the schema
 * has no BigInt column) reads as a number: the hot path's counts stay far below 2^53.
 */

/** node-postgres' type ids (pg_type.oid) of the columns read differently here. */
const INT8 = 20;
const TIMESTAMP = 1114;

/** PostgreSQL's "2026-01-01 10:00:00.12" (UTC, as Prisma writes it) as a Date. */
function utcTimestamp(value: string): Date {
  return new Date(`${value.replace(" ", "T")}Z`);
}

export const pgTypes = {
  getTypeParser: ((id: number, format?: string) => {
    if (id === TIMESTAMP) return utcTimestamp;
    if (id === INT8) return (value: string) => Number(value);
    return pg.types.getTypeParser(id, format as "text");
  }) as typeof pg.types.getTypeParser,
};

/** The parameters as sent: a Date as its UTC text (the same array when there is none). */
export function toPgParams(params: readonly unknown[]): unknown[] {
  let out: unknown[] | undefined;
  for (let i = 0; i < params.length; i++) {
    const value = params[i];
    if (value instanceof Date) (out ??= [...params])[i] = value.toISOString();
  }
  return out ?? (params as unknown[]);
}
