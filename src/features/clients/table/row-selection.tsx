import { createContext, type KeyboardEvent, useContext, useEffect, useRef } from "react";
import { focusRing } from "../../../ui/focus.ts";

/**
 * The table's side of bulk selection: a checkbox in every row and in the header, and the keys
 * (Space or x toggles the focused row, Shift+Up/Down extends, Ctrl/Cmd+A selects every loaded row,
 * Esc clears, b moves focus into the bulk action bar). What is selected lives with the page (features/clients/bulk).
 */
export interface RowSelection {
  isSelected: (id: string) => boolean;
  /** The header checkbox's state over the loaded rows. */
  loaded: "all" | "some" | "none";
  /** Whether any row is loaded: with none, the header checkbox has nothing to select and is disabled. */
  hasRows: boolean;
  /** A click (extend: with Shift) on the row at `index`. */
  select: (index: number, extend: boolean) => void;
  /** Shift+Up/Down from the row at `from` to the row at `to`. */
  extend: (from: number, to: number) => void;
  toggleLoaded: () => void;
  selectLoaded: () => void;
  clear: () => void;
  /** `b`: focus moves into the bulk action bar (Esc there comes back). */
  toBar: () => void;
  /** A checkbox is hovered or focused, so a selection may follow: the bar's code can load now. */
  prepare: () => void;
}

export const RowSelectionContext = createContext<RowSelection | null>(null);

export const CHECK_COLUMN_WIDTH = 40;
const checkboxClass = `size-4 rounded accent-indigo-600 disabled:cursor-not-allowed disabled:opacity-50 ${focusRing}`;

export function RowCheckbox({ index, name, selected }: { index: number; name: string; selected: boolean }) {
  const selection = useContext(RowSelectionContext);
  if (!selection) return null;
  return (
    <input
      type="checkbox"
      aria-label={`Select ${name}`}
      tabIndex={-1}
      className={checkboxClass}
      onPointerEnter={selection.prepare}
      onFocus={selection.prepare}
      checked={selected}
      onChange={(event) => {
        const native = event.nativeEvent;
        selection.select(index, native instanceof MouseEvent && native.shiftKey);
      }}
    />
  );
}

export function HeaderCheckbox() {
  const selection = useContext(RowSelectionContext);
  const ref = useRef<HTMLInputElement>(null);
  const loaded = selection?.loaded ?? "none";
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = loaded === "some";
  }, [loaded]);
  if (!selection) return null;
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label="Select all loaded clients"
      className={checkboxClass}
      onPointerEnter={selection.prepare}
      onFocus={selection.prepare}
      checked={loaded === "all"}
      disabled={!selection.hasRows}
      onChange={selection.toggleLoaded}
    />
  );
}

/** The selection keys on a row; true when the key was one of them (the caller stops there). */
export function handleSelectionKey(
  selection: RowSelection | null,
  event: KeyboardEvent<HTMLElement>,
  index: number,
  count: number,
): boolean {
  if (!selection || event.altKey) return false;
  const target = event.target;
  if (target instanceof HTMLInputElement) return false;
  const mod = event.ctrlKey || event.metaKey;
  if (!mod && !event.shiftKey && (event.key === " " || event.key === "x")) {
    selection.select(index, false);
  } else if (event.shiftKey && !mod && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
    const to = event.key === "ArrowDown" ? Math.min(index + 1, count - 1) : Math.max(index - 1, 0);
    selection.extend(index, to);
    return false;
  } else if (mod && event.key.toLowerCase() === "a") {
    selection.selectLoaded();
  } else if (!mod && !event.shiftKey && event.key === "b") {
    selection.toBar();
  } else if (event.key === "Escape") {
    selection.clear();
  } else return false;
  event.preventDefault();
  return true;
}
