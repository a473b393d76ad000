import {
  type Catalogue,
  describeField,
  type FieldSpec,
  findField,
  isList,
  type Operator,
  special,
} from "../../../filter/index.ts";
import type { DraftGroup, DraftNode, DraftValue, RowId } from "./draft.ts";

/**
 * What the builder offers comes from the catalogue. Fields that may only sit in the top-level AND
 * (`archived`) are left out: the table keeps the archived mode as its own control.
 */
export function builderFields(fields: readonly FieldSpec[]): readonly FieldSpec[] {
  return fields.filter((field) => field.placement !== "top-level-and");
}

/** The fields a node can use: the catalogue's, or a relation's sub-fields inside its sub-builder. */
export function fieldsAt(
  root: DraftGroup,
  id: RowId,
  catalogue: Catalogue,
): readonly FieldSpec[] | undefined {
  const walk = (node: DraftNode, fields: readonly FieldSpec[]): readonly FieldSpec[] | undefined => {
    if (node.id === id) return fields;
    if (node.type === "group") {
      for (const child of node.children) {
        const found = walk(child, fields);
        if (found) return found;
      }
      return undefined;
    }
    const spec = findField(fields, node.field);
    if (!node.where || spec?.type.kind !== "relation") return undefined;
    return walk(node.where, spec.type.fields);
  };
  return walk(root, catalogue.fields);
}

const PREFERRED: Readonly<Record<string, Operator>> = {
  text: "contains",
  id: "eq",
  enum: "eq",
  boolean: "eq",
  number: "eq",
  date: "eq",
  datetime: "gte",
  relation: "any",
};

/** The operator a freshly chosen field starts with. */
export function defaultOperator(spec: FieldSpec): Operator {
  const editor = describeField(spec);
  const preferred = PREFERRED[editor.editor];
  if (preferred !== undefined && spec.operators.includes(preferred)) return preferred;
  return spec.operators[0] ?? "eq";
}

/** The value a row starts with after its field or operator changed and nothing could be kept. */
export function defaultValue(spec: FieldSpec, op: Operator): DraftValue {
  if (op === "isnull" || op === "isnotnull" || op === "any" || op === "none" || op === "all")
    return undefined;
  if (op === "count") return 1;
  if (op === "in" || op === "nin") return [];
  switch (spec.type.kind) {
    case "boolean":
      return true;
    case "date":
    case "datetime":
      return special("today");
    default:
      return undefined;
  }
}

const LIST_OPS: readonly string[] = ["in", "nin"];
const NO_SCALAR_OPS: readonly string[] = [
  "",
  "in",
  "nin",
  "isnull",
  "isnotnull",
  "any",
  "none",
  "all",
  "count",
];
const takesScalar = (op: Operator | ""): boolean => !NO_SCALAR_OPS.includes(op);

/** Keeps what still fits when the operator changes: scalar ↔ list for in/nin, nothing for null checks. */
export function carryValue(
  spec: FieldSpec,
  value: DraftValue,
  from: Operator | "",
  to: Operator,
): DraftValue {
  const nothing = defaultValue(spec, to);
  if (value === undefined) return nothing;
  if (to === "count") return from === "count" ? value : nothing;
  if (LIST_OPS.includes(to)) {
    if (isList(value)) return value;
    return takesScalar(from) ? [value] : nothing;
  }
  if (!takesScalar(to)) return nothing;
  if (isList(value)) return value[0] ?? nothing;
  return takesScalar(from) ? value : nothing;
}
