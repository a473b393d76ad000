import { type KeyboardEvent, useId, useRef, useState } from "react";
import { cn } from "../../../../lib/cn.ts";
import { useFloatBelow } from "../../float-below.ts";
import { controlClasses } from "../styles.ts";
import type { EditorProps } from "./editor-props.ts";

export interface ComboOption {
  key: string;
  label: string;
  detail?: string;
}

export interface ComboboxProps {
  label: string;
  placeholder: string;
  query: string;
  onQueryChange: (query: string) => void;
  options: readonly ComboOption[];
  onPick: (option: ComboOption) => void;
  loading?: boolean;
  aria?: EditorProps["aria"];
}

/**
 * An input with a list of suggestions (ARIA 1.2 combobox pattern): arrows move through the options,
 * Enter picks, Escape closes the list. The list is rendered in place, not in a portal, so it lives
 * inside the builder's popover.
 */
export function Combobox({
  label,
  placeholder,
  query,
  onQueryChange,
  options,
  onPick,
  loading,
  aria,
}: ComboboxProps) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const current = options[Math.min(active, options.length - 1)];
  const pick = (option: ComboOption) => {
    onPick(option);
    setOpen(false);
    setActive(0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (options.length === 0 ? 0 : (i + step + options.length) % options.length));
    } else if (event.key === "Enter" && open && current) {
      event.preventDefault();
      pick(current);
    } else if (event.key === "Escape" && open) {
      setOpen(false);
    }
  };
  const expanded = open && (options.length > 0 || loading === true);
  const input = useRef<HTMLInputElement>(null);
  const floating = useFloatBelow(expanded, input);
  return (
    <span className="inline-block min-w-44 flex-1">
      <input
        ref={input}
        type="text"
        role="combobox"
        aria-label={label}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && current ? `${listId}-${current.key}` : undefined}
        placeholder={placeholder}
        className={cn(controlClasses, "w-full")}
        value={query}
        onChange={(event) => {
          onQueryChange(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        {...aria}
      />
      <div
        id={listId}
        role="listbox"
        aria-label={`${label} suggestions`}
        hidden={!expanded}
        style={floating}
        className="absolute top-full left-0 z-50 mt-1 max-h-60 w-80 overflow-auto rounded-md border border-slate-200 bg-white p-1 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900"
      >
        {loading && options.length === 0 && (
          <div className="px-2 py-1.5 text-slate-500 dark:text-slate-400">Searching…</div>
        )}
        {options.map((option) => (
          <div
            key={option.key}
            id={`${listId}-${option.key}`}
            role="option"
            tabIndex={-1}
            aria-selected={option === current}
            className={cn(
              "flex cursor-pointer items-baseline justify-between gap-3 rounded px-2 py-1.5",
              option === current
                ? "bg-indigo-50 text-indigo-900 dark:bg-indigo-950 dark:text-indigo-100"
                : "text-slate-800 dark:text-slate-200",
            )}
            onMouseDown={(event) => {
              event.preventDefault();
              pick(option);
            }}
          >
            <span className="shrink-0">{option.label}</span>
            {option.detail && (
              <span className="min-w-0 truncate text-xs text-slate-500 dark:text-slate-400">
                {option.detail}
              </span>
            )}
          </div>
        ))}
      </div>
    </span>
  );
}
