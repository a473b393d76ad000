import type { Quantifier } from "./ast.ts";
import type { ComparisonOperator } from "./catalogue.ts";
import { COMPARISON_OPERATORS } from "./catalogue.ts";

/** Every spelling of an operator (lower-cased words and symbols) → its canonical name. */
const ALIASES: ReadonlyMap<string, ComparisonOperator> = new Map<string, ComparisonOperator>([
  ["neq", "ne"],
  ["le", "lte"],
  ["ge", "gte"],
  ["notin", "nin"],
  ["notnull", "isnotnull"],
  ["=", "eq"],
  ["==", "eq"],
  ["!=", "ne"],
  ["<>", "ne"],
  ["<", "lt"],
  ["<=", "lte"],
  [">", "gt"],
  [">=", "gte"],
  ["is null", "isnull"],
  ["is not null", "isnotnull"],
]);

export type OperatorWord =
  | { kind: "comparison"; op: ComparisonOperator }
  | { kind: "quantifier"; op: Quantifier };

/** Canonical operator for a spelling (case-insensitive), or undefined. */
export function lookupOperator(spelling: string): OperatorWord | undefined {
  const lower = spelling.toLowerCase().trim().replace(/\s+/g, " ");
  if (lower === "any" || lower === "none" || lower === "all") return { kind: "quantifier", op: lower };
  const canonical = COMPARISON_OPERATORS.find((op) => op === lower) ?? ALIASES.get(lower);
  return canonical === undefined ? undefined : { kind: "comparison", op: canonical };
}

/** Word spellings, for "did you mean" hints. */
export const OPERATOR_WORDS: readonly string[] = [
  ...COMPARISON_OPERATORS,
  ...[...ALIASES.keys()].filter((key) => /^[a-z]+$/.test(key)),
  "any",
  "none",
  "all",
];
