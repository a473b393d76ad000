import type { ArchivedMode } from "../../src/kanbert/catalogue.ts";
import type { Queryable, Row } from "../db/db.ts";
import type { SqlParams } from "../filter/index.ts";
import type { Cursor } from "./cursor.ts";
import { afterParts, type KeyColumn, type OrderedKey, orderBy } from "./keyset.ts";
import type { SortItem } from "./sort.ts";

/** What a list endpoint reads from: select list, FROM with joins, sortable columns and the id. */
export interface ListSource {
  select: string;
  from: string;
  keys: Readonly<Record<string, KeyColumn>>;
  id: KeyColumn;
  /** Soft-delete column, when the resource has one (`archived` mode). */
  deletedAt?: string;
}

export interface ListQuery {
  source: ListSource;
  sort: readonly SortItem[];
  /** Extra conditions (e.g. the compiled filter), their parameters already in `params`. */
  where: readonly string[];
  archived: ArchivedMode;
  params: SqlParams;
  cursor: Cursor | null;
  pageSize: number;
}

export interface ListResult {
  rows: Row[];
  /** Boundary values of the first and last row (for new cursors). */
  first: { values: (string | null)[]; id: string } | null;
  last: { values: (string | null)[]; id: string } | null;
  hasMore: boolean;
}

/** Sort keys + the id tie-breaker, which follows the direction of the last key. */
function orderedKeys(source: ListSource, sort: readonly SortItem[], flip: boolean): OrderedKey[] {
  const keys: OrderedKey[] = [];
  for (const item of sort) {
    const column = source.keys[item.key];
    if (!column) throw new Error(`no column for sort key ${item.key}`);
    keys.push({ column, desc: item.desc !== flip });
  }
  const lastDesc = sort[sort.length - 1]?.desc ?? false;
  keys.push({ column: source.id, desc: lastDesc !== flip });
  return keys;
}

function boundary(row: Row, count: number): { values: (string | null)[]; id: string } {
  const values: (string | null)[] = [];
  for (let i = 0; i < count; i++) {
    const value = row[`_c${i}`];
    values.push(typeof value === "string" ? value : null);
  }
  const id = row[`_c${count}`];
  if (typeof id !== "string") throw new Error("list row without id");
  return { values, id };
}

export async function runList(db: Queryable, query: ListQuery): Promise<ListResult> {
  const { source, params } = query;
  const backwards = query.cursor?.direction === "p";
  const keys = orderedKeys(source, query.sort, backwards);
  const base = [...query.where];
  if (source.deletedAt && query.archived === "without") base.push(`${source.deletedAt} is null`);
  if (source.deletedAt && query.archived === "only") base.push(`${source.deletedAt} is not null`);
  const parts = query.cursor ? afterParts(keys, [...query.cursor.values, query.cursor.id], params) : ["true"];
  const limit = params.add(query.pageSize + 1);
  const columns = [
    source.select,
    ...keys.map((k, i) => `${k.column.cursorSql ?? k.column.sql} as _c${i}`),
    ...keys.map((k, i) => `${k.column.sql} as _s${i}`),
  ].join(", ");
  const partSql = (cond: string, n: number) =>
    `select ${n} as _part, ${columns} from ${source.from} where ${[...base, cond].map((c) => `(${c})`).join(" and ")} order by ${orderBy(keys)} limit ${limit}`;
  const sql =
    parts.length === 1
      ? partSql(parts[0] ?? "true", 0)
      : `select * from (${parts.map((p, n) => `(${partSql(p, n)})`).join(" union all ")}) u order by _part, ${orderBy(keys, (i) => `_s${i}`)} limit ${limit}`;
  const { rows } = await db.query(sql, params.values);
  const hasMore = rows.length > query.pageSize;
  const page = rows.slice(0, query.pageSize);
  if (backwards) page.reverse();
  const count = query.sort.length;
  const firstRow = page[0];
  const lastRow = page[page.length - 1];
  return {
    rows: page,
    first: firstRow ? boundary(firstRow, count) : null,
    last: lastRow ? boundary(lastRow, count) : null,
    hasMore,
  };
}
