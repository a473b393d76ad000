import type { ComparisonOperator } from "./catalogue.ts";

/**
 * The one filter AST. Invariants (everything `parse`/`fromJson` produce satisfies them, and
 * `parse(print(ast))` deep-equals `ast` for every AST that does):
 * - fields match `ident ('.' ident)*`; a `condition` never uses a `….count` field with a
 *   count operator (that is a `count` node);
 * - numbers are finite and never -0; `today-offset` days are integers within ±MAX_DAY_OFFSET;
 * - groups have at least two children (see `normalize`). Nested same-kind groups are kept as
 *   they are: parentheses in the text become nested groups and `print` writes them back.
 * An empty filter is `null`, not an empty group.
 */

export const SPECIAL_NAMES = ["me.id", "now", "today", "sow", "eow", "som", "eom"] as const;
export type SpecialName = (typeof SPECIAL_NAMES)[number];
export const MAX_DAY_OFFSET = 100_000;

export interface SpecialValue {
  readonly kind: "special";
  readonly name: SpecialName;
}
/** `today+5d` → days 5, `today-30d` → days -30. */
export interface TodayOffsetValue {
  readonly kind: "today-offset";
  readonly days: number;
}
export type Scalar = string | number | boolean | null | SpecialValue | TodayOffsetValue;
export type Value = Scalar | readonly Scalar[];

export type NullOperator = "isnull" | "isnotnull";
export type ValueOperator = Exclude<ComparisonOperator, NullOperator>;
export const COUNT_OPERATORS = ["eq", "ne", "lt", "lte", "gt", "gte"] as const;
export type CountOperator = (typeof COUNT_OPERATORS)[number];
export const QUANTIFIERS = ["any", "none", "all"] as const;
export type Quantifier = (typeof QUANTIFIERS)[number];

export interface NullCondition {
  readonly type: "condition";
  readonly field: string;
  readonly op: NullOperator;
}
/** `S` is the scalar type: symbolic `Scalar` normally, `ResolvedScalar` after `resolve`. */
export interface ValueCondition<S = Scalar> {
  readonly type: "condition";
  readonly field: string;
  readonly op: ValueOperator;
  readonly value: S | readonly S[];
}
export type Condition<S = Scalar> = NullCondition | ValueCondition<S>;

export interface Group<S = Scalar> {
  readonly type: "group";
  readonly kind: "and" | "or";
  readonly children: readonly FilterNode<S>[];
}
/** `projects any (status eq "running")`; `where` absent = no sub-expression. */
export interface QuantifierNode<S = Scalar> {
  readonly type: "quantifier";
  readonly field: string;
  readonly quantifier: Quantifier;
  readonly where?: FilterNode<S>;
}
/** `projects.count gte 2` → field `projects`. */
export interface CountNode {
  readonly type: "count";
  readonly field: string;
  readonly op: CountOperator;
  readonly value: number;
}
export type FilterNode<S = Scalar> = Condition<S> | Group<S> | QuantifierNode<S> | CountNode;

export function isList<S>(value: S | readonly S[]): value is readonly S[] {
  return Array.isArray(value);
}

export function isSymbolic(value: Scalar): value is SpecialValue | TodayOffsetValue {
  return typeof value === "object" && value !== null;
}

export function isCountOperator(op: string): op is CountOperator {
  return (COUNT_OPERATORS as readonly string[]).includes(op);
}

const FIELD_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
export function isFieldName(text: string): boolean {
  return FIELD_PATTERN.test(text);
}
