import {
  type Catalogue,
  type CountOperator,
  type FilterNode,
  findField,
  type Operator,
} from "../../../filter/index.ts";
import { fromAst } from "./convert.ts";
import {
  type BuilderState,
  type DraftGroup,
  type DraftNode,
  type DraftRow,
  type DraftValue,
  findNode,
  isGroup,
  isRow,
  mapNode,
  parentOf,
  type RowId,
} from "./draft.ts";
import { carryValue, defaultOperator, defaultValue, fieldsAt } from "./fields.ts";

/** Every change the builder can make, as a pure transition of `BuilderState`. */
export type BuilderAction =
  | { type: "addCondition"; groupId: RowId }
  | { type: "addGroup"; groupId: RowId }
  | { type: "duplicate"; id: RowId }
  | { type: "remove"; id: RowId }
  | { type: "move"; id: RowId; direction: "up" | "down" }
  | { type: "setKind"; groupId: RowId; kind: "and" | "or" }
  | { type: "setField"; id: RowId; field: string }
  | { type: "setOperator"; id: RowId; op: Operator }
  | { type: "setCountOperator"; id: RowId; op: CountOperator }
  | { type: "setValue"; id: RowId; value: DraftValue }
  | { type: "clear" }
  | { type: "reset"; ast: FilterNode | null }
  /** Puts back a tree kept aside (switching to text and back without a change). */
  | { type: "load"; state: BuilderState };

export const initialState = (ast: FilterNode | null): BuilderState => fromAst(ast);

export function reduce(state: BuilderState, action: BuilderAction, catalogue: Catalogue): BuilderState {
  switch (action.type) {
    case "addCondition":
      return append(state, action.groupId, (id) => blankRow(id));
    case "addGroup":
      return append(state, action.groupId, (id, next) => ({
        type: "group",
        id,
        kind: "and",
        children: [blankRow(next())],
      }));
    case "duplicate":
      return duplicate(state, action.id);
    case "remove":
      return withChildren(state, action.id, (children, i) => children.filter((_, j) => j !== i));
    case "move":
      return withChildren(state, action.id, (children, i) => {
        const j = action.direction === "up" ? i - 1 : i + 1;
        const a = children[i];
        const b = children[j];
        if (a === undefined || b === undefined) return children;
        return children.map((child, k) => (k === i ? b : k === j ? a : child));
      });
    case "setKind":
      return update(state, action.groupId, (node) => (isGroup(node) ? { ...node, kind: action.kind } : node));
    case "setField":
      return setField(state, action.id, action.field, catalogue);
    case "setOperator":
      return setOperator(state, action.id, action.op, catalogue);
    case "setCountOperator":
      return updateRow(state, action.id, (row) => ({ ...row, countOp: action.op }));
    case "setValue":
      return updateRow(state, action.id, (row) => ({ ...row, value: action.value }));
    case "clear":
      return { root: { ...state.root, children: [] }, next: state.next };
    case "reset":
      return fromAst(action.ast, state.next);
    case "load":
      return { root: action.state.root, next: Math.max(state.next, action.state.next) };
  }
}

const blankRow = (id: RowId): DraftRow => ({ type: "row", id, field: "", op: "", value: undefined });

function update(state: BuilderState, id: RowId, fn: (node: DraftNode) => DraftNode): BuilderState {
  const root = mapNode(state.root, id, fn);
  return root === state.root || !isGroup(root) ? state : { ...state, root };
}

function updateRow(state: BuilderState, id: RowId, fn: (row: DraftRow) => DraftRow): BuilderState {
  return update(state, id, (node) => (isRow(node) ? fn(node) : node));
}

/** Appends a node made with fresh ids to a group. */
function append(
  state: BuilderState,
  groupId: RowId,
  make: (id: RowId, next: () => RowId) => DraftNode,
): BuilderState {
  let next = state.next;
  const fresh = () => `n${next++}`;
  const node = make(fresh(), fresh);
  const root = mapNode(state.root, groupId, (group) =>
    isGroup(group) ? { ...group, children: [...group.children, node] } : group,
  );
  return root === state.root || !isGroup(root) ? state : { root, next };
}

/** Rewrites the children of the group holding `id`, given `id`'s index. */
function withChildren(
  state: BuilderState,
  id: RowId,
  fn: (children: readonly DraftNode[], index: number) => readonly DraftNode[],
): BuilderState {
  const parent = parentOf(state.root, id);
  if (!parent) return state;
  const index = parent.children.findIndex((child) => child.id === id);
  return update(state, parent.id, () => ({ ...parent, children: fn(parent.children, index) }));
}

function duplicate(state: BuilderState, id: RowId): BuilderState {
  const original = findNode(state.root, id);
  if (!original || original.id === state.root.id) return state;
  let next = state.next;
  const clone = (node: DraftNode): DraftNode => {
    const fresh = `n${next++}`;
    if (node.type === "group") return { ...node, id: fresh, children: node.children.map(clone) };
    return node.where ? { ...node, id: fresh, where: cloneGroup(node.where) } : { ...node, id: fresh };
  };
  const cloneGroup = (group: DraftGroup): DraftGroup => ({
    ...group,
    id: `n${next++}`,
    children: group.children.map(clone),
  });
  const copy = clone(original);
  const result = withChildren(state, id, (children, i) => [
    ...children.slice(0, i + 1),
    copy,
    ...children.slice(i + 1),
  ]);
  return { ...result, next };
}

/** A new field: its preferred operator, a value reset to the type's default, a fresh sub-builder. */
function setField(state: BuilderState, id: RowId, field: string, catalogue: Catalogue): BuilderState {
  const spec = findField(fieldsAt(state.root, id, catalogue) ?? [], field);
  let next = state.next;
  const result = updateRow(state, id, (row) => {
    if (!spec) return { type: "row", id: row.id, field, op: "", value: undefined };
    const op = defaultOperator(spec);
    const base: DraftRow = { type: "row", id: row.id, field, op, value: defaultValue(spec, op) };
    if (op === "count") return { ...base, countOp: "gte" };
    if (op !== "any" && op !== "none" && op !== "all") return base;
    return { ...base, where: { type: "group", id: `n${next++}`, kind: "and", children: [] } };
  });
  return { ...result, next };
}

/** A new operator keeps the value when it still fits; relations keep their sub-builder. */
function setOperator(state: BuilderState, id: RowId, op: Operator, catalogue: Catalogue): BuilderState {
  let next = state.next;
  const result = updateRow(state, id, (row) => {
    const spec = findField(fieldsAt(state.root, id, catalogue) ?? [], row.field);
    if (!spec) return row;
    const value = carryValue(spec, row.value, row.op, op);
    const base: DraftRow = { type: "row", id: row.id, field: row.field, op, value };
    if (op === "count") return { ...base, countOp: row.countOp ?? "gte" };
    if (op !== "any" && op !== "none" && op !== "all") return base;
    return { ...base, where: row.where ?? { type: "group", id: `n${next++}`, kind: "and", children: [] } };
  });
  return { ...result, next };
}
