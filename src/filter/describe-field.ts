import type { SpecialName } from "./ast.ts";
import type { FieldSpec, Operator } from "./catalogue.ts";

type EditorKind = "text" | "id" | "enum" | "boolean" | "number" | "date" | "datetime" | "relation";

/** What a visual builder offers for a field: its operators, value editor and usable specials. */
export interface FieldEditor {
  editor: EditorKind;
  operators: readonly Operator[];
  /** Operators that take no value (isnull, isnotnull) or a list (in, nin). */
  noValue: readonly Operator[];
  listValue: readonly Operator[];
  enumValues?: readonly string[];
  specials: readonly SpecialName[];
  /** Sub-fields of a relation. */
  fields?: readonly FieldSpec[];
}

const DATE_SPECIALS: readonly SpecialName[] = ["today", "now", "sow", "eow", "som", "eom"];

export function describeField(spec: FieldSpec): FieldEditor {
  const base = {
    operators: spec.operators,
    noValue: spec.operators.filter((op) => op === "isnull" || op === "isnotnull"),
    listValue: spec.operators.filter((op) => op === "in" || op === "nin"),
  };
  const type = spec.type;
  switch (type.kind) {
    case "string":
      return { ...base, editor: "text", specials: [] };
    case "id":
      return { ...base, editor: "id", specials: ["me.id"] };
    case "enum":
      return { ...base, editor: "enum", enumValues: type.values, specials: [] };
    case "relation":
      return { ...base, editor: "relation", fields: type.fields, specials: [] };
    default:
      return {
        ...base,
        editor: type.kind,
        specials: type.kind === "date" || type.kind === "datetime" ? DATE_SPECIALS : [],
      };
  }
}
