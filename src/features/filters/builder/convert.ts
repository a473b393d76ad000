import { type AstPath, type Catalogue, type FilterNode, validate } from "../../../filter/index.ts";
import type { BuilderState, DraftGroup, DraftNode, DraftRow, RowId } from "./draft.ts";

/** AST → draft tree (fresh ids from `next`). A root that is not an AND/OR group becomes a one-row AND. */
export function fromAst(ast: FilterNode | null, next = 1): BuilderState {
  let counter = next;
  const id = (): RowId => `n${counter++}`;
  const group = (node: FilterNode | undefined): DraftGroup => {
    if (node === undefined) return { type: "group", id: id(), kind: "and", children: [] };
    if (node.type === "group") {
      const groupId = id();
      return { type: "group", id: groupId, kind: node.kind, children: node.children.map(child) };
    }
    const groupId = id();
    return { type: "group", id: groupId, kind: "and", children: [child(node)] };
  };
  const child = (node: FilterNode): DraftNode => {
    switch (node.type) {
      case "group":
        return group(node);
      case "condition":
        return {
          type: "row",
          id: id(),
          field: node.field,
          op: node.op,
          value: "value" in node ? node.value : undefined,
        };
      case "count":
        return { type: "row", id: id(), field: node.field, op: "count", countOp: node.op, value: node.value };
      case "quantifier": {
        const rowId = id();
        return {
          type: "row",
          id: rowId,
          field: node.field,
          op: node.quantifier,
          value: undefined,
          where: group(node.where),
        };
      }
    }
  };
  const root = group(ast ?? undefined);
  return { root, next: counter };
}

export interface RowIssue {
  /** The row or group the message belongs to. */
  id: RowId;
  message: string;
  /** A row not finished yet (no field, no value), as opposed to one the catalogue rejects. */
  incomplete?: true;
}

export interface Conversion {
  /** The complete part of the draft, normalised (empty groups dropped, one-child groups unwrapped). */
  ast: FilterNode | null;
  /** Incomplete rows and validation issues; the filter may be applied only when this is empty. */
  issues: RowIssue[];
}

interface Built {
  node: FilterNode;
  /** Records which draft node each AST path (after unwrapping) belongs to. */
  register: (path: AstPath, paths: Map<string, RowId>) => void;
}

/** Draft → AST, reporting incomplete rows and what `validate` finds, each on its row. */
export function toAst(root: DraftGroup, catalogue: Catalogue): Conversion {
  const issues: RowIssue[] = [];
  const built = buildGroup(root, issues);
  if (built === null) return { ast: null, issues };
  const paths = new Map<string, RowId>();
  built.register([], paths);
  for (const issue of validate(built.node, catalogue)) {
    issues.push({ id: ownerOf(issue.path, paths) ?? root.id, message: issue.message });
  }
  return { ast: built.node, issues };
}

function ownerOf(path: AstPath, paths: Map<string, RowId>): RowId | undefined {
  for (let length = path.length; length >= 0; length--) {
    const id = paths.get(JSON.stringify(path.slice(0, length)));
    if (id !== undefined) return id;
  }
  return undefined;
}

function buildGroup(group: DraftGroup, issues: RowIssue[]): Built | null {
  const children = group.children
    .map((child) => (child.type === "group" ? buildGroup(child, issues) : buildRow(child, issues)))
    .filter((child) => child !== null);
  const [only] = children;
  if (children.length === 0) return null;
  if (children.length === 1 && only) return only;
  return {
    node: { type: "group", kind: group.kind, children: children.map((child) => child.node) },
    register: (path, paths) => {
      paths.set(JSON.stringify(path), group.id);
      children.forEach((child, i) => {
        child.register([...path, i], paths);
      });
    },
  };
}

function leaf(row: DraftRow, node: FilterNode, where?: Built | null): Built {
  return {
    node,
    register: (path, paths) => {
      paths.set(JSON.stringify(path), row.id);
      where?.register([...path, "where"], paths);
    },
  };
}

function buildRow(row: DraftRow, issues: RowIssue[]): Built | null {
  const missing = (message: string) => {
    issues.push({ id: row.id, message, incomplete: true });
    return null;
  };
  if (row.field === "") return missing("Choose a field.");
  const { op, value } = row;
  if (op === "") return missing("Choose an operator.");
  if (op === "any" || op === "none" || op === "all") {
    const where = row.where ? buildGroup(row.where, issues) : null;
    const node: FilterNode =
      where === null
        ? { type: "quantifier", field: row.field, quantifier: op }
        : { type: "quantifier", field: row.field, quantifier: op, where: where.node };
    return leaf(row, node, where);
  }
  if (op === "count") {
    const countOp = row.countOp ?? "gte";
    if (typeof value !== "number" || !Number.isFinite(value)) return missing("Enter a number.");
    return leaf(row, { type: "count", field: row.field, op: countOp, value });
  }
  if (op === "isnull" || op === "isnotnull") return leaf(row, { type: "condition", field: row.field, op });
  if (value === undefined) return missing("Enter a value.");
  return leaf(row, { type: "condition", field: row.field, op, value });
}
