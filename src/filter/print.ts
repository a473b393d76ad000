import type { FilterNode, Scalar, Value } from "./ast.ts";
import { isList } from "./ast.ts";
import { normalize } from "./build.ts";
import { specialToken } from "./special-token.ts";

/**
 * Canonical DSL text. Lower-case word operators; `x isnull` / `x isnotnull`; `rel.count gte 2`;
 * double-quoted strings (`"` and `\` escaped with `\`); lists as `["a", "b"]`.
 * Parentheses go around every group nested in another group — also `a or (b and c)`, where
 * precedence alone would do — so nesting survives a round trip exactly and the text never
 * depends on and/or precedence (SPEC §6.2 asks the dashboard to emit explicit parentheses).
 * The AST is normalised first (`normalize`), so `null` and empty groups print as "".
 */
export function print(ast: FilterNode | null | undefined): string {
  const node = normalize(ast);
  return node === null ? "" : printNode(node);
}

function printNode(node: FilterNode): string {
  switch (node.type) {
    case "condition":
      return "value" in node
        ? `${node.field} ${node.op} ${printValue(node.value)}`
        : `${node.field} ${node.op}`;
    case "count":
      return `${node.field}.count ${node.op} ${String(node.value)}`;
    case "quantifier":
      return node.where === undefined
        ? `${node.field} ${node.quantifier}`
        : `${node.field} ${node.quantifier} (${printNode(node.where)})`;
    case "group":
      return node.children
        .map((child) => (child.type === "group" ? `(${printNode(child)})` : printNode(child)))
        .join(` ${node.kind} `);
  }
}

function printValue(value: Value): string {
  return isList(value) ? `[${value.map(printScalar).join(", ")}]` : printScalar(value);
}

export function printScalar(value: Scalar): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
      return `"${value.replace(/["\\]/g, (char) => `\\${char}`)}"`;
    case "number":
    case "boolean":
      return String(value);
    default:
      return specialToken(value);
  }
}
