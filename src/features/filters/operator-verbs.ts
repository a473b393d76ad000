import type { FieldSpec } from "../../filter/index.ts";

/** How a comparison reads between a field and its value: "Name starts with …", "Estimate is at most …". */
const VERBS: Readonly<Record<string, string>> = {
  eq: "is",
  ne: "is not",
  lt: "is less than",
  lte: "is at most",
  gt: "is more than",
  gte: "is at least",
  contains: "contains",
  like: "matches",
  startswith: "starts with",
  endswith: "ends with",
};

/** Dates and times read as before and after, not less and more. */
const DATE_VERBS: Readonly<Record<string, string>> = {
  lt: "is before",
  lte: "is on or before",
  gt: "is after",
  gte: "is on or after",
};

const isDateField = (spec: FieldSpec | undefined) =>
  spec?.type.kind === "date" || spec?.type.kind === "datetime";

/** The verb of a comparison on `spec`, or undefined for an operator that is not a comparison. */
export function comparisonVerb(spec: FieldSpec | undefined, op: string): string | undefined {
  return (isDateField(spec) ? DATE_VERBS[op] : undefined) ?? VERBS[op];
}
