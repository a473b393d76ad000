import type { Scalar } from "./ast.ts";
import { isSymbolic } from "./ast.ts";
import type { FieldSpec } from "./catalogue.ts";
import { printScalar } from "./print.ts";
import { isDateLiteral, isDateTimeLiteral } from "./temporal.ts";

/** What is wrong with one scalar value for a field, or undefined when it fits. */
export function scalarProblem(spec: FieldSpec, value: Scalar): string | undefined {
  const type = spec.type;
  const field = spec.name;
  const shown = printScalar(value);
  if (value === null)
    return `to test for a missing value write '${field} isnull' (or isnotnull) instead of comparing with null`;
  if (isSymbolic(value)) {
    if (value.kind === "special" && value.name === "me.id") {
      return type.kind === "id"
        ? undefined
        : `me.id can only be used on id fields, and '${field}' is not one`;
    }
    if (type.kind === "date" || type.kind === "datetime") return undefined;
    return `${shown} is a date and can only be used on date fields, and '${field}' is not one`;
  }
  switch (type.kind) {
    case "string":
    case "id":
      return typeof value === "string" ? undefined : `'${field}' needs text in quotes, not ${shown}`;
    case "enum":
      return typeof value === "string" && type.values.includes(value)
        ? undefined
        : `${shown} is not a valid value for '${field}' — use one of ${type.values.join(", ")}`;
    case "boolean":
      return typeof value === "boolean" ? undefined : `'${field}' needs true or false, not ${shown}`;
    case "number":
      return typeof value === "number" ? undefined : `'${field}' needs a number, not ${shown}`;
    case "date":
    case "datetime":
      return typeof value === "string" && (isDateLiteral(value) || isDateTimeLiteral(value))
        ? undefined
        : `'${field}' needs a date like "2025-03-12", a date-time like "2025-03-12T10:00:00Z", or today, now, sow, eow, som, eom, today±Nd — not ${shown}`;
    case "relation":
      return `'${field}' is a relation and has no value`;
  }
}

export function countProblem(value: number): string | undefined {
  return Number.isInteger(value) && value >= 0
    ? undefined
    : `a count is a whole number of 0 or more, not ${value}`;
}
