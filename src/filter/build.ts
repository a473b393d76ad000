import type {
  CountNode,
  CountOperator,
  FilterNode,
  Group,
  NullCondition,
  NullOperator,
  Quantifier,
  QuantifierNode,
  Scalar,
  SpecialName,
  SpecialValue,
  TodayOffsetValue,
  Value,
  ValueCondition,
  ValueOperator,
} from "./ast.ts";
import { isList } from "./ast.ts";

/** Small constructors for tests and the visual builder. They never normalise groups. */

const noNegativeZero = (value: Scalar): Scalar => (Object.is(value, -0) ? 0 : value);
function cleanValue(value: Value): Value {
  return isList(value) ? value.map(noNegativeZero) : noNegativeZero(value);
}

export function cond(field: string, op: NullOperator): NullCondition;
export function cond(field: string, op: ValueOperator, value: Value): ValueCondition;
export function cond(
  field: string,
  op: NullOperator | ValueOperator,
  value?: Value,
): NullCondition | ValueCondition {
  if (op === "isnull" || op === "isnotnull") return { type: "condition", field, op };
  return { type: "condition", field, op, value: cleanValue(value ?? null) };
}

export const and = (...children: FilterNode[]): Group => ({ type: "group", kind: "and", children });
export const or = (...children: FilterNode[]): Group => ({ type: "group", kind: "or", children });

export function quantified(field: string, quantifier: Quantifier, where?: FilterNode): QuantifierNode {
  return where === undefined
    ? { type: "quantifier", field, quantifier }
    : { type: "quantifier", field, quantifier, where };
}
export const any = (field: string, where?: FilterNode): QuantifierNode => quantified(field, "any", where);
export const none = (field: string, where?: FilterNode): QuantifierNode => quantified(field, "none", where);
export const all = (field: string, where?: FilterNode): QuantifierNode => quantified(field, "all", where);

/** `count("projects", "gte", 2)` is `projects.count gte 2`. */
export function count(field: string, op: CountOperator, value: number): CountNode {
  return { type: "count", field, op, value: Object.is(value, -0) ? 0 : value };
}

export const special = (name: SpecialName): SpecialValue => ({ kind: "special", name });
export const todayOffset = (days: number): TodayOffsetValue => ({
  kind: "today-offset",
  days: Object.is(days, -0) ? 0 : days,
});

/**
 * Brings any AST to the canonical shape: an empty group means "no condition" and is dropped
 * (an empty root becomes `null`; a relation whose sub-expression is empty becomes bare), and a
 * one-child group is replaced by its child. Nested same-kind groups are NOT flattened.
 */
export function normalize(node: FilterNode | null | undefined): FilterNode | null {
  if (node === null || node === undefined) return null;
  switch (node.type) {
    case "group": {
      const children = node.children.map(normalize).filter((child) => child !== null);
      if (children.length === 0) return null;
      if (children.length === 1) return children[0] ?? null;
      return { type: "group", kind: node.kind, children };
    }
    case "quantifier":
      return quantified(node.field, node.quantifier, normalize(node.where) ?? undefined);
    default:
      return node;
  }
}
