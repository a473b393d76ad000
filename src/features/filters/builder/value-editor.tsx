import { describeField, type FieldSpec, isList } from "../../../filter/index.ts";
import { isUserField } from "../../../kanbert/catalogue.ts";
import { cn } from "../../../lib/cn.ts";
import { useBuilder } from "./builder-context.ts";
import type { DraftRow, DraftValue } from "./draft.ts";
import { DateEditor } from "./editors/date-editor.tsx";
import { type EditorProps, scalarText } from "./editors/editor-props.ts";
import { EnumMulti } from "./editors/enum-multi.tsx";
import { CountEditor, EnumSelect, NumberInput } from "./editors/simple-editors.tsx";
import { SpacePicker } from "./editors/space-picker.tsx";
import { TokenInput } from "./editors/token-input.tsx";
import { UserPicker } from "./editors/user-picker.tsx";
import { controlClasses } from "./styles.ts";

/** The value control that fits the field's type and the operator (none for null checks). */
export function ValueEditor({
  row,
  spec,
  describedBy,
  invalid,
}: {
  row: DraftRow;
  spec: FieldSpec;
  describedBy: string | undefined;
  invalid: boolean;
}) {
  const { dispatch } = useBuilder();
  const editor = describeField(spec);
  const op = row.op;
  const setValue = (value: DraftValue) => dispatch({ type: "setValue", id: row.id, value });
  const aria = { "aria-describedby": describedBy, "aria-invalid": invalid || undefined };
  if (op === "" || op === "isnull" || op === "isnotnull" || op === "any" || op === "none" || op === "all")
    return null;
  if (op === "count")
    return (
      <CountEditor
        op={row.countOp ?? "gte"}
        onOpChange={(countOp) => dispatch({ type: "setCountOperator", id: row.id, op: countOp })}
        value={row.value}
        onChange={setValue}
        aria={aria}
      />
    );
  const isUser = isUserField(spec);
  const isSpace = spec.type.kind === "id" && spec.type.of === "SpaceData";
  const props: EditorProps = { value: row.value, onChange: setValue, label: "Value", aria };
  if (op === "in" || op === "nin") {
    if (editor.editor === "enum") return <EnumMulti {...props} options={editor.enumValues ?? []} />;
    if (isUser) return <UserPicker {...props} multiple />;
    if (isSpace) return <SpacePicker {...props} multiple />;
    return <TokenInput {...props} />;
  }
  const scalar = row.value === undefined || isList(row.value) ? undefined : row.value;
  switch (editor.editor) {
    case "enum":
      return <EnumSelect value={scalar} options={editor.enumValues ?? []} onChange={setValue} aria={aria} />;
    case "boolean":
      return (
        <select
          aria-label="Value"
          className={cn(controlClasses, "w-28")}
          value={scalar === false ? "false" : "true"}
          onChange={(event) => setValue(event.target.value === "true")}
          {...aria}
        >
          <option value="true">Yes</option>
          <option value="false">No</option>
        </select>
      );
    case "number":
      return <NumberInput value={scalar} onChange={setValue} label="Value" aria={aria} />;
    case "date":
    case "datetime":
      return <DateEditor {...props} specials={editor.specials} />;
    default:
      if (isUser) return <UserPicker {...props} />;
      if (isSpace) return <SpacePicker {...props} />;
      return (
        <input
          type="text"
          aria-label="Value"
          placeholder="Value"
          className={cn(controlClasses, "min-w-40 flex-1")}
          value={scalarText(scalar)}
          onChange={(event) => setValue(event.target.value === "" ? undefined : event.target.value)}
          {...aria}
        />
      );
  }
}
