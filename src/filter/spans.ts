import type { FilterNode } from "./ast.ts";

export interface Span {
  offset: number;
  length: number;
}

/** Where a parsed node and its parts sit in the text. */
export interface NodeSpans extends Span {
  field?: Span;
  op?: Span;
  value?: Span;
  /** One span per list item, when the value is a list. */
  items?: Span[];
}

/**
 * Spans live in a side-table keyed by node identity, so ASTs stay plain data and compare
 * equal whether or not they came from text. Rebuilt or cloned nodes simply have no span.
 */
const table = new WeakMap<FilterNode, NodeSpans>();

export function spanOf(node: FilterNode): NodeSpans | undefined {
  return table.get(node);
}

export function withSpans<T extends FilterNode>(node: T, spans: NodeSpans): T {
  table.set(node, spans);
  return node;
}
