import type { Condition, FilterNode } from "./ast.ts";

/**
 * Takes a `top-level-and` field (e.g. `archived`) out of a filter: returns its condition, if it is
 * the whole filter or a child of the top-level AND, and the filter without it. Run `validate` first
 * so that the field appears at most once and nowhere else.
 */
export function takeTopLevel(
  ast: FilterNode | null,
  field: string,
): { taken?: Condition; rest: FilterNode | null } {
  const isIt = (node: FilterNode): node is Condition => node.type === "condition" && node.field === field;
  if (ast === null) return { rest: null };
  if (isIt(ast)) return { taken: ast, rest: null };
  if (ast.type !== "group" || ast.kind !== "and") return { rest: ast };
  const taken = ast.children.find(isIt);
  if (taken === undefined) return { rest: ast };
  const children = ast.children.filter((child) => child !== taken);
  const [only] = children;
  return { taken, rest: children.length === 1 && only !== undefined ? only : { ...ast, children } };
}
