import { useId, useRef, useState } from "react";
import { cn } from "../../../../lib/cn.ts";
import { Listbox } from "../../../../ui/listbox.tsx";
import { useListbox } from "../../../../ui/use-listbox.ts";
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
 * An input with a list of suggestions (ARIA 1.2 combobox pattern, the keys of `useListbox`). The
 * list is rendered in place, not in a portal, so it lives inside the builder's popover.
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
  const expanded = open && (options.length > 0 || loading === true);
  const listbox = useListbox({
    id: listId,
    items: options,
    itemKey: (option) => option.key,
    open: expanded,
    onPick: (option) => {
      onPick(option);
      setOpen(false);
    },
    onOpen: () => setOpen(true),
    onClose: () => setOpen(false),
  });
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
        aria-activedescendant={listbox.activeId}
        placeholder={placeholder}
        className={cn(controlClasses, "w-full")}
        value={query}
        onChange={(event) => {
          onQueryChange(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={listbox.onKeyDown}
        {...aria}
      />
      <Listbox
        listbox={listbox}
        label={`${label} suggestions`}
        hidden={!expanded}
        style={floating}
        className="absolute top-full left-0 z-50 mt-1 max-h-60 w-80 overflow-auto rounded-md border border-slate-200 bg-white p-1 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900"
        optionClassName="flex items-baseline justify-between gap-3 px-2 py-1.5"
        renderOption={(option) => (
          <>
            <span className="shrink-0">{option.label}</span>
            {option.detail && (
              <span className="min-w-0 truncate text-xs text-slate-500 dark:text-slate-400">
                {option.detail}
              </span>
            )}
          </>
        )}
      >
        {loading && options.length === 0 && (
          <div className="px-2 py-1.5 text-slate-500 dark:text-slate-400">Searching…</div>
        )}
      </Listbox>
    </span>
  );
}
