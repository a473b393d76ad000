import { type Condition, type FieldSpec, findField, isList, type Scalar } from "../../../filter/index.ts";
import { comparisonVerb } from "../operator-verbs.ts";

/** Plain words for one `field op value` condition: "Segment is A or B", "Name contains “Acme”". */

export interface DescribeOptions {
  /** A name for an id (e.g. a user's), or undefined to show the id itself. */
  nameOf?: (spec: FieldSpec, id: string) => string | undefined;
}

export const quote = (text: string) => `“${text}”`;

const DATE_WORDS: Readonly<Record<string, string>> = {
  today: "today",
  now: "now",
  sow: "the start of this week",
  eow: "the end of this week",
  som: "the start of this month",
  eom: "the end of this month",
};

function scalarWords(spec: FieldSpec | undefined, value: Scalar, options: DescribeOptions): string {
  if (value === null) return "empty";
  if (typeof value === "object") {
    if (value.kind === "special")
      return value.name === "me.id" ? "me" : (DATE_WORDS[value.name] ?? value.name);
    const days = Math.abs(value.days);
    if (value.days === 0) return "today";
    return value.days < 0
      ? `${days} day${days === 1 ? "" : "s"} ago`
      : `in ${days} day${days === 1 ? "" : "s"}`;
  }
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return String(value);
  const kind = spec?.type.kind;
  if (spec && kind === "id") return options.nameOf?.(spec, value) ?? value;
  if (kind === "enum" || kind === "date" || kind === "datetime") return value;
  return quote(value);
}

function joinWords(words: readonly string[], last: "or" | "nor"): string {
  if (words.length <= 1) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")} ${last} ${words[words.length - 1]}`;
}

export function describeCondition(
  node: Condition,
  fields: readonly FieldSpec[],
  options: DescribeOptions,
): string {
  const spec = findField(fields, node.field);
  const label = spec?.label ?? node.field;
  if (node.field === "origin_space.id" && (node.op === "isnull" || node.op === "isnotnull"))
    return node.op === "isnotnull" ? "Shared with us" : "Not shared with us";
  if (!("value" in node)) return node.op === "isnull" ? `${label} is empty` : `${label} is set`;
  const words = (value: Scalar) => scalarWords(spec, value, options);
  const value = node.value;
  if (isList(value)) {
    if (value.length === 0) return node.op === "in" ? `${label} is one of (nothing)` : `${label}: any value`;
    return node.op === "in"
      ? `${label} is ${joinWords(value.map(words), "or")}`
      : `${label} is ${value.length === 1 ? "not " : "neither "}${joinWords(value.map(words), "nor")}`;
  }
  return `${label} ${comparisonVerb(spec, node.op) ?? node.op} ${words(value)}`;
}
