import type { FieldSpec, Operator } from "../../../filter/index.ts";
import { comparisonVerb } from "../operator-verbs.ts";

/** The menu spells out what the chips leave short, and names the operators that take no single value. */
const WORDS: Readonly<Record<string, string>> = {
  like: "matches pattern",
  in: "is any of",
  nin: "is none of",
  isnull: "is empty",
  isnotnull: "is not empty",
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
  if (spec?.name === "origin_space.id") {
    if (op === "isnotnull") return "is set (shared)";
    if (op === "isnull") return "is empty (own)";
  }
  return WORDS[op] ?? comparisonVerb(spec, op) ?? op;
}
