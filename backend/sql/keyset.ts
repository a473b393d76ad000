import type { SqlParams } from "../filter/index.ts";

/**
 * Keyset (seek) predicates for any mix of directions and nullable keys. PostgreSQL's defaults
 * apply: NULLs sort last ascending and first descending, so flipping every direction yields
 * exactly the reverse order (used for previous pages).
 */

export interface KeyColumn {
  /** Column expression, e.g. `c.name`. */
  sql: string;
  nullable: boolean;
  /** SQL type the cursor text is cast to when compared. */
  type: "text" | "timestamptz";
  /** Expression producing the cursor text (lossless); defaults to `sql`. */
  cursorSql?: string;
}

export interface OrderedKey {
  column: KeyColumn;
  desc: boolean;
}

export function orderBy(keys: readonly OrderedKey[], alias?: (index: number) => string): string {
  return keys.map((k, i) => `${alias ? alias(i) : k.column.sql}${k.desc ? " desc" : ""}`).join(", ");
}

type Value = string | null;

function param(params: SqlParams, key: OrderedKey, value: string): string {
  return `${params.add(value)}::${key.column.type}`;
}

/** Rows strictly after `values` in the order of `keys`, as one boolean expression. */
function afterExpr(keys: readonly OrderedKey[], values: readonly Value[], params: SqlParams): string {
  const [key, ...rest] = keys;
  const [value, ...restValues] = values;
  if (!key || value === undefined) return "false";
  const col = key.column.sql;
  if (rest.length > 0 && value !== null && !key.column.nullable && rowComparable(keys, values)) {
    const cols = keys.map((k) => k.column.sql).join(", ");
    const vals = keys.map((k, i) => param(params, k, values[i] ?? "")).join(", ");
    return `(${cols}) ${key.desc ? "<" : ">"} (${vals})`;
  }
  let greater: string;
  let equal: string;
  if (value === null) {
    greater = key.desc ? `${col} is not null` : "false";
    equal = `${col} is null`;
  } else {
    const p = param(params, key, value);
    const cmp = `${col} ${key.desc ? "<" : ">"} ${p}`;
    greater = key.column.nullable && !key.desc ? `(${cmp} or ${col} is null)` : cmp;
    equal = `${col} = ${p}`;
  }
  if (rest.length === 0) return greater;
  return `(${greater} or (${equal} and ${afterExpr(rest, restValues, params)}))`;
}

/** A row comparison `(a, b, id) > (…)` is exact when every key is non-null and shares one direction. */
function rowComparable(keys: readonly OrderedKey[], values: readonly Value[]): boolean {
  const first = keys[0];
  return keys.every((k, i) => !k.column.nullable && values[i] !== null && k.desc === first?.desc);
}

/**
 * The rows after the boundary as one or two disjoint, ordered parts. Each part starts with a bound
 * on the first key an index can seek to; a nullable first key splits into a NULL part and a
 * non-NULL part (they are run as `union all`, in this order).
 */
export function afterParts(
  keys: readonly OrderedKey[],
  values: readonly Value[],
  params: SqlParams,
): string[] {
  const [key, ...rest] = keys;
  const [value, ...restValues] = values;
  if (!key || value === undefined) return ["false"];
  if (rest.length === 0 || rowComparable(keys, values)) return [afterExpr(keys, values, params)];
  const col = key.column.sql;
  const restExpr = () => afterExpr(rest, restValues, params);
  if (value === null) {
    const nullPart = `${col} is null and ${restExpr()}`;
    return key.desc ? [nullPart, `${col} is not null`] : [nullPart];
  }
  const p = param(params, key, value);
  const seek = `${col} ${key.desc ? "<=" : ">="} ${p} and (${col} ${key.desc ? "<" : ">"} ${p} or (${col} = ${p} and ${restExpr()}))`;
  return key.column.nullable && !key.desc ? [seek, `${col} is null`] : [seek];
}
