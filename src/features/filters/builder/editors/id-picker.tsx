import type { Scalar } from "../../../../filter/index.ts";
import { Combobox, type ComboOption } from "./combobox.tsx";
import { type EditorProps, listOf } from "./editor-props.ts";
import { Token } from "./tokens.tsx";

export interface IdPickerProps extends EditorProps {
  multiple?: boolean;
  query: string;
  onQueryChange: (query: string) => void;
  options: readonly ComboOption[];
  loading?: boolean;
  placeholder: string;
  /** The value an option stands for. */
  toValue: (option: ComboOption) => Scalar;
  /** How a chosen value reads, e.g. a user's name for an id. */
  labelOf: (value: Scalar) => string;
}

/** Chosen ids as tokens, and a searching combobox to choose (more). */
export function IdPicker(props: IdPickerProps) {
  const { value, onChange, label, aria, multiple, query, onQueryChange, labelOf, toValue } = props;
  const chosen = listOf(value);
  const pick = (option: ComboOption) => {
    const next = toValue(option);
    onQueryChange("");
    if (!multiple) onChange(next);
    else if (!chosen.some((item) => JSON.stringify(item) === JSON.stringify(next)))
      onChange([...chosen, next]);
  };
  const remove = (index: number) => {
    if (!multiple) onChange(undefined);
    else onChange(chosen.filter((_, i) => i !== index));
  };
  return (
    <span className="flex min-w-52 flex-1 flex-wrap items-center gap-1">
      {chosen.map((item, i) => (
        <Token
          key={JSON.stringify(item)}
          label={labelOf(item)}
          removeLabel={`Remove ${labelOf(item)}`}
          onRemove={() => remove(i)}
        />
      ))}
      {(multiple || chosen.length === 0) && (
        <Combobox
          label={label}
          placeholder={props.placeholder}
          query={query}
          onQueryChange={onQueryChange}
          options={props.options}
          loading={props.loading}
          onPick={pick}
          aria={aria}
        />
      )}
    </span>
  );
}
