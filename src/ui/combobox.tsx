import { type KeyboardEvent, type ReactNode, type Ref, useId, useState } from "react";
import { cn } from "../lib/cn.ts";
import { inputClasses } from "./field.tsx";

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
 * input keeps focus, arrows move the active option (`aria-activedescendant`), Enter picks it, Esc
 * closes the popup. Enter with the popup closed is left to the form, so it submits.
 */
export function Combobox<T>(props: ComboboxProps<T>) {
  const { items, inline = false, onSelect, itemKey } = props;
  const id = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const expanded = inline || open;
  const count = items.length;
  // A new set of options starts at its first (state adjusted while rendering, not in an effect).
  const itemsKey = items.map(itemKey).join("\u0000");
  const [seenKey, setSeenKey] = useState(itemsKey);
  if (seenKey !== itemsKey) {
    setSeenKey(itemsKey);
    setActive(0);
  }

  const pick = (item: T) => {
    onSelect(item);
    if (!inline) setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!expanded) return setOpen(true);
      if (count === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (current + step + count) % count);
    } else if (event.key === "Enter" && expanded) {
      const item = items[active];
      if (item === undefined) return;
      event.preventDefault();
      pick(item);
    } else if (event.key === "Escape" && open && !inline) {
      setOpen(false);
    }
  };

  const descriptionId = props.description ? `${id}-description` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const activeItem = expanded ? items[active] : undefined;
  const optionId = (item: T) => `${id}-option-${itemKey(item)}`;

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
          aria-controls={`${id}-listbox`}
          aria-activedescendant={activeItem === undefined ? undefined : optionId(activeItem)}
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
          onKeyDown={onKeyDown}
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
          <div
            id={`${id}-listbox`}
            role="listbox"
            aria-label={props.listLabel}
            className={cn("overflow-y-auto py-1", inline ? "max-h-96" : "max-h-60")}
          >
            {items.map((item, index) => (
              <div
                key={itemKey(item)}
                id={optionId(item)}
                role="option"
                tabIndex={-1}
                aria-selected={index === active}
                className={cn(
                  "cursor-pointer rounded-sm px-3 py-2 text-sm text-slate-800 dark:text-slate-200",
                  index === active && "bg-indigo-50 text-indigo-900 dark:bg-indigo-950 dark:text-indigo-100",
                )}
                // Picked on press, and the press keeps focus in the input (no blur closing the popup first).
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(item);
                }}
                onMouseMove={() => setActive(index)}
              >
                {props.renderItem(item)}
              </div>
            ))}
          </div>
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
