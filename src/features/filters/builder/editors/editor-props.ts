import { isList, printScalar, type Scalar } from "../../../../filter/index.ts";
import type { DraftValue } from "../draft.ts";

export interface EditorProps {
  value: DraftValue;
  onChange: (value: DraftValue) => void;
  /** Accessible name of the control. */
  label: string;
  aria: { "aria-describedby": string | undefined; "aria-invalid": true | undefined };
}

/** A scalar as a text field shows it: strings as they are, anything else as the filter writes it. */
export function scalarText(value: Scalar | undefined): string {
  if (value === undefined) return "";
  return typeof value === "string" ? value : printScalar(value);
}

export function listOf(value: DraftValue): readonly Scalar[] {
  if (value === undefined) return [];
  return isList(value) ? value : [value];
}
