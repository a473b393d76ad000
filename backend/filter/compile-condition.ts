import type { Condition, ResolvedScalar, ValueOperator } from "../../src/filter/index.ts";
import { isList } from "../../src/filter/index.ts";
import type { ColumnField } from "./field-map.ts";
import { containsPattern, userLikePattern } from "./like.ts";
import type { SqlCast, SqlParams } from "./params.ts";
import { sqlComparison, temporalSql } from "./temporal-sql.ts";

/**
 * One condition on a column. Every fragment is false (or NULL, which a WHERE treats as false) on a
 * NULL column except `isnull`; `nin` says `is not null` explicitly so no negation can flip it.
 * Decisions: `in []` matches nothing; `nin []` matches every row whose field is not null.
 * Text compares with `lower()` on both sides; ids and enums compare exactly.
 */
export function compileCondition(
  node: Condition<ResolvedScalar>,
  field: ColumnField,
  params: SqlParams,
): string {
  const { sql } = field;
  if (!("value" in node)) return node.op === "isnull" ? `${sql} is null` : `${sql} is not null`;
  const value = node.value;
  if (node.op === "in" || node.op === "nin") {
    const items = isList(value) ? value : [value];
    if (items.length === 0) return node.op === "in" ? "false" : `${sql} is not null`;
    const inList = memberOf(field, items, params);
    return node.op === "in" ? inList : `(${sql} is not null and not ${inList})`;
  }
  if (isList(value)) throw new Error(`'${node.op}' takes one value`);
  return single(field, node.op, value, params);
}

function memberOf(field: ColumnField, items: readonly ResolvedScalar[], params: SqlParams): string {
  const { sql, type } = field;
  switch (type) {
    case "date":
    case "datetime":
      return `(${items.map((item) => temporalSql(sql, type, "eq", item, params)).join(" or ")})`;
    case "text":
      return `(lower(${sql}) in (select lower(v) from unnest(${params.add(items.map(text), "text[]")}) v))`;
    case "boolean":
      return `(${sql} = any(${params.add(items.map(bool), "boolean[]")}))`;
    case "number":
      return `(${sql} = any(${params.add(items.map(num), "float8[]")}))`;
    case "id":
    case "enum":
      return `(${sql} = any(${params.add(items.map(text), "text[]")}))`;
  }
}

type SingleOperator = Exclude<ValueOperator, "in" | "nin">;

function single(field: ColumnField, op: SingleOperator, value: ResolvedScalar, params: SqlParams): string {
  const { sql, type } = field;
  if (type === "date" || type === "datetime") {
    if (!isComparison(op)) throw new Error(`'${op}' does not apply to dates`);
    return temporalSql(sql, type, op, value, params);
  }
  const lowered = type === "text";
  const left = lowered ? `lower(${sql})` : sql;
  const right = (param: unknown, cast: SqlCast) => {
    const placeholder = params.add(param, cast);
    return lowered ? `lower(${placeholder})` : placeholder;
  };
  switch (op) {
    case "contains":
    case "startswith":
    case "endswith":
      return `${left} like ${right(containsPattern(op, text(value)), "text")} escape '\\'`;
    case "like":
      return `${left} like ${right(userLikePattern(text(value)), "text")} escape '\\'`;
    default: {
      const [param, cast] = typed(type, value);
      return `${left} ${sqlComparison(op)} ${right(param, cast)}`;
    }
  }
}

function typed(
  type: "text" | "id" | "enum" | "boolean" | "number",
  value: ResolvedScalar,
): [unknown, SqlCast] {
  if (type === "boolean") return [bool(value), "boolean"];
  if (type === "number") return [num(value), "float8"];
  return [text(value), "text"];
}

const isComparison = (op: SingleOperator): op is "eq" | "ne" | "lt" | "lte" | "gt" | "gte" =>
  op === "eq" || op === "ne" || op === "lt" || op === "lte" || op === "gt" || op === "gte";

function text(value: ResolvedScalar): string {
  if (typeof value !== "string") throw new Error(`expected text, got ${JSON.stringify(value)}`);
  return value;
}
function bool(value: ResolvedScalar): boolean {
  if (typeof value !== "boolean") throw new Error(`expected a boolean, got ${JSON.stringify(value)}`);
  return value;
}
function num(value: ResolvedScalar): number {
  if (typeof value !== "number") throw new Error(`expected a number, got ${JSON.stringify(value)}`);
  return value;
}
