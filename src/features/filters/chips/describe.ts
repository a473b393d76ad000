import {
  type Catalogue,
  type FieldSpec,
  type FilterNode,
  findField,
  type QuantifierNode,
} from "../../../filter/index.ts";
import { type DescribeOptions, describeCondition, quote } from "./describe-condition.ts";

/**
 * Plain-language wording of a filter, for the chips above the table: "Segment is A or B",
 * "Name contains “Acme”", "Has a running acquisition project". Pure; ids can be named through
 * `nameOf` (e.g. users), otherwise they show as they are.
 */
export type { DescribeOptions };

/** "running acquisition" when a relation's condition is only status / is_acquisition equalities. */
function adjectives(where: FilterNode): string[] | undefined {
  const parts = where.type === "group" && where.kind === "and" ? where.children : [where];
  const words: string[] = [];
  for (const part of parts) {
    if (part.type !== "condition" || part.op !== "eq") return undefined;
    if (part.field === "status" && typeof part.value === "string") words.unshift(part.value);
    else if (part.field === "is_acquisition" && typeof part.value === "boolean")
      words.push(part.value ? "acquisition" : "non-acquisition");
    else return undefined;
  }
  return words;
}

function describeQuantifier(
  node: QuantifierNode,
  spec: FieldSpec | undefined,
  options: DescribeOptions,
): string {
  const plural = (spec?.label ?? node.field).toLowerCase();
  const singular = plural.endsWith("s") ? plural.slice(0, -1) : plural;
  if (node.where === undefined) {
    if (node.quantifier === "any") return `Has ${plural}`;
    if (node.quantifier === "none") return `Has no ${plural}`;
    return `All ${plural} (no condition)`;
  }
  const adj = adjectives(node.where)?.join(" ");
  if (adj !== undefined) {
    const article = /^[aeiou]/.test(adj) ? "an" : "a";
    if (node.quantifier === "any") return `Has ${article} ${adj} ${singular}`;
    if (node.quantifier === "none") return `Has no ${adj} ${singular}`;
    return `All ${plural} are ${adj}`;
  }
  const sub = spec?.type.kind === "relation" ? spec.type.fields : [];
  const inner = lowerFirst(describeNode(node.where, sub, options, true));
  if (node.quantifier === "any")
    return `Has ${/^[aeiou]/.test(singular) ? "an" : "a"} ${singular} where ${inner}`;
  if (node.quantifier === "none") return `Has no ${singular} where ${inner}`;
  return `Every ${singular} has ${inner}`;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function searchWords(node: FilterNode, fields: readonly FieldSpec[]): string | undefined {
  if (node.type !== "group" || node.kind !== "or" || node.children.length !== 2) return undefined;
  const [a, b] = node.children;
  if (a?.type !== "condition" || b?.type !== "condition" || a.op !== "contains" || b.op !== "contains")
    return undefined;
  if (typeof a.value !== "string" || a.value !== b.value || a.field === b.field) return undefined;
  const label = (field: string) => findField(fields, field)?.label ?? field;
  return `${label(a.field)} or ${label(b.field).toLowerCase()} contains ${quote(a.value)}`;
}

const COUNT_WORDS: Readonly<Record<string, string>> = {
  eq: "exactly",
  ne: "not exactly",
  lt: "fewer than",
  lte: "at most",
  gt: "more than",
  gte: "at least",
};

function describeNode(
  node: FilterNode,
  fields: readonly FieldSpec[],
  options: DescribeOptions,
  nested = false,
): string {
  switch (node.type) {
    case "condition":
      return describeCondition(node, fields, options);
    case "quantifier":
      return describeQuantifier(node, findField(fields, node.field), options);
    case "count": {
      const plural = (findField(fields, node.field)?.label ?? node.field).toLowerCase();
      const noun = node.value === 1 && plural.endsWith("s") ? plural.slice(0, -1) : plural;
      return `Has ${COUNT_WORDS[node.op] ?? node.op} ${node.value} ${noun}`;
    }
    case "group": {
      const search = searchWords(node, fields);
      if (search !== undefined) return search;
      const parts = node.children.map((child) => describeNode(child, fields, options, true));
      const text = `${node.kind === "or" ? "Any of" : "All of"}: ${parts.join("; ")}`;
      return nested ? `(${text})` : text;
    }
  }
}

/** The wording of one node against a catalogue. */
export function describeFilter(
  node: FilterNode,
  catalogue: Catalogue,
  options: DescribeOptions = {},
): string {
  const text = describeNode(node, catalogue.fields, options);
  return text.startsWith("(") && text.endsWith(")") ? text.slice(1, -1) : text;
}

/** One chip per child of the top-level AND (the whole filter when it is not an AND). */
export function topLevelParts(ast: FilterNode | null): readonly FilterNode[] {
  if (ast === null) return [];
  return ast.type === "group" && ast.kind === "and" ? ast.children : [ast];
}
