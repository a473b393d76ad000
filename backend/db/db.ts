import { type $ZodType, parse } from "zod/v4/core";

/** The database as the emulator sees it: PGlite (default) or a real PostgreSQL, same SQL. */

export type Row = Record<string, unknown>;

export interface Queryable {
  /** Parameterised statement ($1, $2 …). Rows come back untyped; parse them with `select`. */
  query(sql: string, params?: readonly unknown[]): Promise<{ rows: Row[]; affectedRows: number }>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: "pglite" | "postgres";
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Runs a query and parses every row with `schema` (no unchecked casts of driver output). */
export async function select<T>(
  db: Queryable,
  schema: $ZodType<T>,
  sql: string,
  params: readonly unknown[] = [],
): Promise<T[]> {
  const { rows } = await db.query(sql, params);
  return rows.map((row) => parse(schema, row));
}

export async function selectOne<T>(
  db: Queryable,
  schema: $ZodType<T>,
  sql: string,
  params: readonly unknown[] = [],
): Promise<T | null> {
  const rows = await select(db, schema, sql, params);
  return rows[0] ?? null;
}
