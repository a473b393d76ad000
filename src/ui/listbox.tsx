import { type CSSProperties, type ReactNode, useEffect } from "react";
import { cn } from "../lib/cn.ts";
import type { ListboxState } from "./use-listbox.ts";

export interface ListboxProps<T> {
  /** From `useListbox`: the items, the active option and what picking does. */
  listbox: ListboxState<T>;
  /** The accessible name of the list. */
  label: string;
  renderOption: (item: T, active: boolean) => ReactNode;
  /** The list's box (position, size, border). */
  className?: string;
  /** Each option's layout and padding; the active option's colours are the listbox's. */
  optionClassName?: string;
  hidden?: boolean;
  style?: CSSProperties;
  /** Shown before the options, not one of them (e.g. "Searching…"). */
  children?: ReactNode;
}

/**
 * The options of a `useListbox`: ids for `aria-activedescendant`, the active one marked selected and
 * scrolled into view; a press picks without taking focus from the control.
 */
export function Listbox<T>({ listbox, label, renderOption, ...props }: ListboxProps<T>) {
  const { activeId } = listbox;
  useEffect(() => {
    if (activeId !== undefined) document.getElementById(activeId)?.scrollIntoView({ block: "nearest" });
  }, [activeId]);
  return (
    <div
      id={listbox.id}
      role="listbox"
      aria-label={label}
      hidden={props.hidden}
      style={props.style}
      className={props.className}
    >
      {props.children}
      {listbox.items.map((item, index) => {
        const active = index === listbox.active;
        return (
          <div
            key={listbox.itemKey(item)}
            id={listbox.optionId(index)}
            role="option"
            tabIndex={-1}
            aria-selected={active}
            className={cn(
              "cursor-pointer rounded",
              props.optionClassName,
              active
                ? "bg-indigo-50 text-indigo-900 dark:bg-indigo-950 dark:text-indigo-100"
                : "text-slate-800 dark:text-slate-200",
            )}
            // Picked on press, and the press keeps focus in the control (no blur closing the list first).
            onMouseDown={(event) => {
              event.preventDefault();
              listbox.pick(item);
            }}
            onMouseMove={() => listbox.setActive(index)}
          >
            {renderOption(item, active)}
          </div>
        );
      })}
    </div>
  );
}
