/**
 * What an endpoint lets a filter talk about: its fields, their types and the operators each
 * allows. `src/kanbert/catalogue.ts` fills one per list endpoint; `validate` checks an AST
 * against it and the visual builder offers exactly what it lists.
 */

/** Canonical operator names. Aliases (neq, le, ge, notin, notnull, =, <> …) parse to these. */
export const COMPARISON_OPERATORS = [
  "eq",
  "ne",
  "lt",
  "lte",
  "gt",
  "gte",
  "contains",
  "like",
  "startswith",
  "endswith",
  "in",
  "nin",
  "isnull",
  "isnotnull",
] as const;
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

export type RelationOperator = "any" | "none" | "all" | "count";

export type Operator = ComparisonOperator | RelationOperator;

type FieldType =
  | { kind: "string" }
  | { kind: "id"; of: string }
  | { kind: "enum"; values: readonly string[] }
  | { kind: "boolean" }
  | { kind: "number" }
  | { kind: "date" }
  | { kind: "datetime" }
  | { kind: "relation"; fields: readonly FieldSpec[] };

export interface FieldSpec {
  /** The field as written in a filter, e.g. `primary_contact.id`. Case-sensitive. */
  name: string;
  /** A label a person reads, e.g. "Primary contact". */
  label: string;
  type: FieldType;
  /** Canonical operators allowed on this field. For relations: a subset of any/none/all/count. */
  operators: readonly Operator[];
  /**
   * Where an enum field may appear. `top-level-and` (used by `archived`): at most once, only as a
   * condition of the top-level AND or as the whole filter.
   */
  placement?: "anywhere" | "top-level-and";
}

export interface Catalogue {
  /** The endpoint, for messages, e.g. `GET /clients/full`. */
  endpoint: string;
  fields: readonly FieldSpec[];
  /** Allowed sort keys (without the `-` prefix). */
  sorts: readonly string[];
  /** Allowed `include` relation names. */
  includes: readonly string[];
}

/** Operator sets as the API's tables publish them, in canonical form. */
export const STRING_OPERATORS: readonly ComparisonOperator[] = [
  "in",
  "nin",
  "eq",
  "ne",
  "contains",
  "like",
  "startswith",
  "endswith",
  "isnull",
  "isnotnull",
];
export const ID_OPERATORS: readonly ComparisonOperator[] = ["eq", "ne", "in", "nin", "isnull", "isnotnull"];
export const ENUM_OPERATORS: readonly ComparisonOperator[] = ["eq", "ne", "in", "nin", "isnull", "isnotnull"];
export const BOOLEAN_OPERATORS: readonly ComparisonOperator[] = ["eq", "ne"];
export const ORDERED_OPERATORS: readonly ComparisonOperator[] = [
  "eq",
  "ne",
  "lt",
  "lte",
  "gt",
  "gte",
  "in",
  "nin",
  "isnull",
  "isnotnull",
];
export const RELATION_ALL_OPERATORS: readonly RelationOperator[] = ["any", "none", "all", "count"];

export function findField(fields: readonly FieldSpec[], name: string): FieldSpec | undefined {
  return fields.find((field) => field.name === name);
}
