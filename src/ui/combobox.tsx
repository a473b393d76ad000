import { type ReactNode, type Ref, useId, useState } from "react";
import { cn } from "../lib/cn.ts";
import { inputClasses } from "./field.tsx";
import { Listbox } from "./listbox.tsx";
import { useListbox } from "./use-listbox.ts";

export interface ComboboxProps<T> {
  label: string;
  /** Keep the label for assistive tech only (e.g. a search dialog titled the same). */
  hideLabel?: boolean;
  description?: ReactNode;
  error?: string;
  inputValue: string;
  onInputChange: (text: string) => void;
  items: readonly T[];
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  onSelect: (item: T) => void;
  /** Accessible name of the list of options. */
  listLabel: string;
  /** Shown under the options, announced politely: "Searching…", "No matches", an error. */
  status?: ReactNode;
  placeholder?: string;
  /** Always show the options below the input (a search dialog) instead of a popup. */
  inline?: boolean;
  /** Called when focus leaves the input (after the popup closed). */
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * An editable combobox with a list of options (WAI-ARIA APG "combobox with listbox popup"): the
 * input keeps focus and the options are a `useListbox` (arrows, Home/End, Enter picks, Esc closes
 * the popup). Enter with the popup closed is left to the form, so it submits.
 */
export function Combobox<T>(props: ComboboxProps<T>) {
  const { inline = false, onSelect } = props;
  const id = useId();
  const [open, setOpen] = useState(false);
  const expanded = inline || open;
  const listbox = useListbox({
    id: `${id}-listbox`,
    items: props.items,
    itemKey: props.itemKey,
    open: expanded,
    onPick: (item) => {
      onSelect(item);
      if (!inline) setOpen(false);
    },
    onOpen: () => setOpen(true),
    onClose: inline ? undefined : () => setOpen(false),
  });

  const descriptionId = props.description ? `${id}-description` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;

  return (
    <div className="space-y-1.5">
      <label
        htmlFor={`${id}-input`}
        className={cn(
          "block text-sm font-medium text-slate-800 dark:text-slate-200",
          props.hideLabel && "sr-only",
        )}
      >
        {props.label}
      </label>
      <div className="relative">
        <input
          ref={props.inputRef}
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listbox.id}
          aria-activedescendant={listbox.activeId}
          aria-describedby={[descriptionId, errorId].filter(Boolean).join(" ") || undefined}
          aria-invalid={props.error ? true : undefined}
          placeholder={props.placeholder}
          className={inputClasses}
          value={props.inputValue}
          onChange={(event) => {
            props.onInputChange(event.target.value);
            setOpen(true);
          }}
          onClick={() => setOpen(true)}
          onKeyDown={listbox.onKeyDown}
          onBlur={() => {
            setOpen(false);
            props.onBlur?.();
          }}
        />
        <div
          className={cn(
            !inline &&
              "absolute inset-x-0 top-full z-10 mt-1 rounded-md border border-slate-200 bg-white shadow-lg dark:border-slate-700 dark:bg-slate-900",
            inline && "mt-3",
            !expanded && "hidden",
          )}
        >
          <Listbox
            listbox={listbox}
            label={props.listLabel}
            className={cn("overflow-y-auto py-1", inline ? "max-h-96" : "max-h-60")}
            optionClassName="px-3 py-2 text-sm"
            renderOption={props.renderItem}
          />
          {props.status && (
            <p role="status" className="px-3 py-2 text-sm text-slate-600 dark:text-slate-400">
              {props.status}
            </p>
          )}
        </div>
      </div>
      {props.description && (
        <p id={descriptionId} className="text-sm text-slate-600 dark:text-slate-400">
          {props.description}
        </p>
      )}
      {props.error && (
        <p id={errorId} className="text-sm font-medium text-red-700 dark:text-red-400">
          {props.error}
        </p>
      )}
    </div>
  );
}
