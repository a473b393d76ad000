import type { CountOperator, Operator, Scalar } from "../../../filter/index.ts";

/**
 * The builder's editable tree. Unlike the AST it may be incomplete (a row with no field or no
 * value yet, an empty group) and every node carries a stable id, so React keys, focus and
 * validation messages follow a row wherever it moves.
 */

export type RowId = string;

/** A value still being entered: `undefined` = not given yet. */
export type DraftValue = Scalar | readonly Scalar[] | undefined;

export interface DraftGroup {
  readonly type: "group";
  readonly id: RowId;
  readonly kind: "and" | "or";
  readonly children: readonly DraftNode[];
}

/**
 * One row: `field op value`. For a relation field `op` is any / none / all (with `where`, a
 * sub-builder over the relation's fields) or `count` (with `countOp` and a number `value`).
 */
export interface DraftRow {
  readonly type: "row";
  readonly id: RowId;
  /** "" until a field is chosen. */
  readonly field: string;
  /** "" until an operator applies (no field yet). */
  readonly op: Operator | "";
  readonly value: DraftValue;
  readonly countOp?: CountOperator;
  readonly where?: DraftGroup;
}

export type DraftNode = DraftGroup | DraftRow;

export interface BuilderState {
  readonly root: DraftGroup;
  /** Next id number; ids are `n1`, `n2`, … so tests are deterministic. */
  readonly next: number;
}

export function findNode(node: DraftNode, id: RowId): DraftNode | undefined {
  if (node.id === id) return node;
  if (node.type === "group") {
    for (const child of node.children) {
      const found = findNode(child, id);
      if (found) return found;
    }
    return undefined;
  }
  return node.where ? findNode(node.where, id) : undefined;
}

/** Returns the tree with `update` applied to the node `id` (the same tree when it is missing). */
export function mapNode(node: DraftNode, id: RowId, update: (node: DraftNode) => DraftNode): DraftNode {
  if (node.id === id) return update(node);
  if (node.type === "group") {
    const children = node.children.map((child) => mapNode(child, id, update));
    return children.every((child, i) => child === node.children[i]) ? node : { ...node, children };
  }
  if (!node.where) return node;
  const where = mapNode(node.where, id, update);
  return where === node.where || where.type !== "group" ? node : { ...node, where };
}

/** The group that holds `id` among its children. */
export function parentOf(node: DraftNode, id: RowId): DraftGroup | undefined {
  if (node.type === "group") {
    if (node.children.some((child) => child.id === id)) return node;
    for (const child of node.children) {
      const found = parentOf(child, id);
      if (found) return found;
    }
    return undefined;
  }
  return node.where ? parentOf(node.where, id) : undefined;
}

export const isRow = (node: DraftNode | undefined): node is DraftRow => node?.type === "row";
export const isGroup = (node: DraftNode | undefined): node is DraftGroup => node?.type === "group";
