import type { FieldSpec, Operator } from "../../../filter/index.ts";

const WORDS: Readonly<Record<string, string>> = {
  eq: "is",
  ne: "is not",
  lt: "is less than",
  lte: "is at most",
  gt: "is more than",
  gte: "is at least",
  contains: "contains",
  like: "matches pattern",
  startswith: "starts with",
  endswith: "ends with",
  in: "is any of",
  nin: "is none of",
  isnull: "is empty",
  isnotnull: "is not empty",
};
const DATE_WORDS: Readonly<Record<string, string>> = {
  lt: "is before",
  lte: "is on or before",
  gt: "is after",
  gte: "is on or after",
};

/** How an operator reads in the builder's operator menu for a field. */
export function operatorLabel(spec: FieldSpec | undefined, op: Operator): string {
  if (spec?.type.kind === "relation") {
    const plural = spec.label.toLowerCase();
    const singular = plural.endsWith("s") ? plural.slice(0, -1) : plural;
    if (op === "any") return `has a ${singular}`;
    if (op === "none") return `has no ${singular}`;
    if (op === "all") return `every ${singular}`;
    if (op === "count") return `number of ${plural}`;
  }
  if (spec?.type.kind === "date" || spec?.type.kind === "datetime") return DATE_WORDS[op] ?? WORDS[op] ?? op;
  if (spec?.name === "origin_space.id") {
    if (op === "isnotnull") return "is set (shared)";
    if (op === "isnull") return "is empty (own)";
  }
  return WORDS[op] ?? op;
}
