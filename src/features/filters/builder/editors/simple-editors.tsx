import type { CountOperator, Scalar } from "../../../../filter/index.ts";
import { cn } from "../../../../lib/cn.ts";
import type { DraftValue } from "../draft.ts";
import { controlClasses } from "../styles.ts";
import type { EditorProps } from "./editor-props.ts";

const COUNT_WORDS: readonly [CountOperator, string][] = [
  ["eq", "="],
  ["ne", "≠"],
  ["lt", "<"],
  ["lte", "≤"],
  ["gt", ">"],
  ["gte", "≥"],
];

/** "number of projects" `≥ 2`: a comparison and a number. */
export function CountEditor({
  op,
  onOpChange,
  value,
  onChange,
  aria,
}: {
  op: CountOperator;
  onOpChange: (op: CountOperator) => void;
  value: DraftValue;
  onChange: (value: DraftValue) => void;
  aria: EditorProps["aria"];
}) {
  return (
    <span className="flex items-center gap-1.5">
      <select
        aria-label="Comparison"
        className={cn(controlClasses, "w-16")}
        value={op}
        onChange={(event) => {
          const found = COUNT_WORDS.find(([candidate]) => candidate === event.target.value);
          if (found) onOpChange(found[0]);
        }}
      >
        {COUNT_WORDS.map(([candidate, label]) => (
          <option key={candidate} value={candidate}>
            {label}
          </option>
        ))}
      </select>
      <NumberInput value={value} onChange={onChange} label="Number" aria={aria} />
    </span>
  );
}

export function EnumSelect({
  value,
  options,
  onChange,
  aria,
}: {
  value: Scalar | undefined;
  options: readonly string[];
  onChange: (value: DraftValue) => void;
  aria: EditorProps["aria"];
}) {
  const current = typeof value === "string" ? value : "";
  return (
    <select
      aria-label="Value"
      className={cn(controlClasses, "w-36")}
      value={current}
      onChange={(event) => onChange(event.target.value === "" ? undefined : event.target.value)}
      {...aria}
    >
      {!options.includes(current) && (
        <option value={current}>{current === "" ? "Choose…" : `${current} (invalid)`}</option>
      )}
      {options.map((option) => (
        <option key={option} value={option}>
          {option}
        </option>
      ))}
    </select>
  );
}

export function NumberInput({
  value,
  onChange,
  label,
  aria,
}: {
  value: DraftValue;
  onChange: (value: DraftValue) => void;
  label: string;
  aria: EditorProps["aria"];
}) {
  return (
    <input
      type="number"
      aria-label={label}
      className={cn(controlClasses, "w-24")}
      value={typeof value === "number" ? value : ""}
      onChange={(event) => onChange(event.target.value === "" ? undefined : Number(event.target.value))}
      {...aria}
    />
  );
}
