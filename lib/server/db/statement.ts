import "server-only";
import type { Prisma } from "./generated/client";

/**
 * The hot path's statements: SQL written once for SQLite and PostgreSQL (`?`
 * placeholders, `ON CONFLICT`, `RETURNING`), each naming the schema column every
 * parameter binds to and every result column reads. Their TypeScript types come from
 * the Prisma schema through those names (a DateTime is a Date, a Boolean a boolean, a
 * String? is string | null), so a typo or a changed column fails `tsc`; the drift test
 * (statements.drift.test.ts) prepares every statement on a freshly migrated SQLite and
 * PostgreSQL database and fails when the SQL and the names part. Statements live in
 * `*.sql.ts` files; each engine prepares one once and converts values through its
 * dialect (sqlite-dialect.ts, postgres/pg-dialect.ts).
 */

type Models = Prisma.TypeMap["model"];
type ModelName = keyof Models & string;
type Scalars<M extends ModelName> = Models[M]["payload"]["scalars"];

/** A column of the schema, "Model.field". */
export type Column = { [M in ModelName]: `${M}.${keyof Scalars<M> & string}` }[ModelName];
/** Values that are no column: a count(*) read, a LIMIT bound (bigint in PostgreSQL, read as a number by its dialect). */
type Expressions = { count: number; limit: number };
/** A column, one read through an outer join ("Model.field?": null when nothing joined), or an expression. */
export type Source = Column | `${Column}?` | keyof Expressions;

type Lookup<M extends string, F extends string> = M extends ModelName
  ? F extends keyof Scalars<M>
    ? Scalars<M>[F]
    : never
  : never;
/** The TypeScript type of a source's values, from the schema. */
export type ValueOf<S> = S extends keyof Expressions
  ? Expressions[S]
  : S extends `${infer M}.${infer F}?`
    ? Lookup<M, F> | null
    : S extends `${infer M}.${infer F}`
      ? Lookup<M, F>
      : never;

type ParamsOf<P extends readonly Source[]> = { -readonly [I in keyof P]: ValueOf<P[I]> };
type RowOf<R extends Readonly<Record<string, Source>>> = { -readonly [K in keyof R]: ValueOf<R[K]> };

export type Statement<P extends readonly unknown[] = readonly unknown[], R = unknown> = {
  /** Says which statement failed or drifted. */
  readonly name: string;
  readonly sql: string;
  /**
   * The same statement in PostgreSQL's words, only where the engines differ (SQLite's
   * FTS5 against pg_trgm): same parameters, same result columns.
   */
  readonly postgres?: string;
  /** The column each `?` binds to, in order. */
  readonly params: readonly Source[];
  /** The result columns, in order, and the column each reads; empty for a statement that returns nothing. */
  readonly returns: Readonly<Record<string, Source>>;
  /** Never set: carries the parameter and row types. */
  readonly types?: { params: P; row: R };
};

/** A multi-row statement (`VALUES (…), (…)`): one statement per row count, made once each. */
export type Batch<P extends readonly unknown[] = readonly unknown[], R = unknown> = {
  readonly name: string;
  /** The statement for `rows` rows (the drift test prepares 1 and 2). */
  of(rows: number): Statement<readonly unknown[], R>;
  /** The statement for these rows and its parameters, row after row. */
  bind(rows: readonly P[]): { statement: Statement<readonly unknown[], R>; params: unknown[] };
};

/** Every statement and batch defined, for the drift test. */
export const catalogue: (Statement | Batch)[] = [];

/** Defines a statement (in a `*.sql.ts` file): `params` and `returns` name the schema columns, and give it its types. */
export function statement<
  const P extends readonly Source[],
  const R extends Readonly<Record<string, Source>> = Record<never, never>,
>(definition: { name: string; sql: string; postgres?: string; params: P; returns?: R }): Statement<ParamsOf<P>, RowOf<R>> {
  const made: Statement<ParamsOf<P>, RowOf<R>> = { returns: {}, ...definition };
  catalogue.push(made);
  return made;
}

/**
 * Defines a multi-row statement: `values` is one row's tuple, e.g. "(?, ?, 'pending')",
 * and `sql` puts the rows' tuples, joined, where they go.
 */
export function batchStatement<
  const P extends readonly Source[],
  const R extends Readonly<Record<string, Source>> = Record<never, never>,
>(definition: {
  name: string;
  values: string;
  sql: (values: string) => string;
  row: P;
  returns?: R;
}): Batch<ParamsOf<P>, RowOf<R>> {
  const { name, values, sql, row, returns = {} } = definition;
  const made = new Map<number, Statement<readonly unknown[], RowOf<R>>>();
  const of = (rows: number) => {
    let statement = made.get(rows);
    if (!statement) {
      const tuples = Array.from({ length: rows }, () => values).join(", ");
      statement = {
        name: `${name} (${rows} rows)`,
        sql: sql(tuples),
        params: Array.from({ length: rows }, () => row).flat(),
        returns,
      };
      made.set(rows, statement);
    }
    return statement;
  };
  const batch: Batch<ParamsOf<P>, RowOf<R>> = { name, of, bind: (rows) => ({ statement: of(rows.length), params: rows.flat() }) };
  catalogue.push(batch);
  return batch;
}

export function isBatch(entry: Statement | Batch): entry is Batch {
  return "of" in entry;
}
