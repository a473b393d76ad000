import { cn } from "../../../lib/cn.ts";
import { focusRing } from "../../../ui/focus.ts";
import type { SortKey } from "../view/sort.ts";

export const SORT_HINT_ID = "clients-sort-hint";

export interface SortState {
  /** 1-based position in the sort list; 0 when the column does not sort the view. */
  priority: number;
  desc: boolean;
  /** How many keys the view sorts by. */
  keys: number;
}

export function sortStateOf(sort: readonly SortKey[], key: string | null): SortState {
  const index = key === null ? -1 : sort.findIndex((k) => k.key === key);
  return { priority: index + 1, desc: sort[index]?.desc ?? false, keys: sort.length };
}

/** "sorted ascending, priority 1 of 2" — what a screen reader hears after the column's label. */
function describeSort({ priority, desc, keys }: SortState): string {
  if (priority === 0) return "not sorted";
  const direction = desc ? "descending" : "ascending";
  return keys > 1 ? `sorted ${direction}, priority ${priority} of ${keys}` : `sorted ${direction}`;
}

function Arrow({ desc, active }: { desc: boolean; active: boolean }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className={cn(
        "size-3.5 shrink-0",
        active ? "text-indigo-600 dark:text-indigo-400" : "opacity-0 group-hover:opacity-40",
      )}
    >
      <path d={desc ? "M8 12 3.5 6.5h9z" : "M8 4l4.5 5.5h-9z"} fill="currentColor" />
    </svg>
  );
}

export interface SortHeaderProps {
  label: string;
  labelId: string;
  state: SortState;
  onSort: (additive: boolean) => void;
}

/** The label of a sortable column as a button: click sorts, again reverses, Shift adds a key. */
export function SortHeader({ label, labelId, state, onSort }: SortHeaderProps) {
  const active = state.priority > 0;
  return (
    <button
      type="button"
      onClick={(event) => onSort(event.shiftKey)}
      aria-describedby={SORT_HINT_ID}
      className={cn(
        "group -mx-1.5 flex min-w-0 items-center gap-1 rounded px-1.5 py-1 uppercase hover:bg-slate-200/60 hover:text-slate-900 dark:hover:bg-slate-700/60 dark:hover:text-white",
        active && "text-slate-900 dark:text-white",
        focusRing,
      )}
    >
      <span aria-hidden="true" className="truncate">
        {label}
      </span>
      <span id={labelId} className="sr-only">
        {`${label}, ${describeSort(state)}`}
      </span>
      <Arrow desc={state.desc} active={active} />
      {active && state.keys > 1 && (
        <span
          aria-hidden="true"
          className="inline-flex size-4 items-center justify-center rounded-full bg-indigo-100 text-[10px] font-semibold text-indigo-800 dark:bg-indigo-900 dark:text-indigo-200"
        >
          {state.priority}
        </span>
      )}
    </button>
  );
}
