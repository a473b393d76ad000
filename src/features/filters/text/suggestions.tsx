import type { CSSProperties } from "react";
import { cn } from "../../../lib/cn.ts";
import type { Completion } from "./completions.ts";

/** The completion list under the text editor; picking with the mouse keeps focus in the textarea. */
export function Suggestions({
  id,
  items,
  active,
  onPick,
  optionId,
  style,
}: {
  id: string;
  items: readonly Completion[];
  active: Completion | undefined;
  onPick: (index: number) => void;
  optionId: (index: number) => string;
  style?: CSSProperties;
}) {
  return (
    <div
      id={id}
      role="listbox"
      aria-label="Suggestions"
      hidden={items.length === 0}
      style={style}
      className="absolute top-full left-0 z-50 mt-1 max-h-56 w-80 overflow-auto rounded-md border border-slate-200 bg-white p-1 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900"
    >
      {items.map((item, i) => (
        <div
          key={`${item.label}-${item.insert}`}
          id={optionId(i)}
          role="option"
          tabIndex={-1}
          aria-selected={item === active}
          className={cn(
            "flex cursor-pointer items-baseline justify-between gap-3 rounded px-2 py-1",
            item === active
              ? "bg-indigo-50 text-indigo-900 dark:bg-indigo-950 dark:text-indigo-100"
              : "text-slate-800 dark:text-slate-200",
          )}
          onMouseDown={(event) => {
            event.preventDefault();
            onPick(i);
          }}
        >
          <span className="font-mono">{item.label}</span>
          {item.detail && (
            <span className="truncate text-xs text-slate-500 dark:text-slate-400">{item.detail}</span>
          )}
        </div>
      ))}
    </div>
  );
}
