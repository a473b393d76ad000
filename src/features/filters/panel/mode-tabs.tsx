import { type KeyboardEvent, useRef } from "react";
import { cn } from "../../../lib/cn.ts";
import { focusRing } from "../../../ui/focus.ts";
import type { EditorMode } from "./use-filter-editor.ts";

const MODES: readonly { mode: EditorMode; label: string }[] = [
  { mode: "builder", label: "Builder" },
  { mode: "text", label: "Text" },
];

/** Builder / Text switch as tabs (arrow keys move between them). */
export function ModeTabs({
  mode,
  onChange,
  panelId,
}: {
  mode: EditorMode;
  onChange: (mode: EditorMode) => void;
  panelId: string;
}) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    const next = (index + (event.key === "ArrowRight" ? 1 : -1) + MODES.length) % MODES.length;
    const target = MODES[next];
    if (!target) return;
    onChange(target.mode);
    refs.current[next]?.focus();
  };
  return (
    <div
      role="tablist"
      aria-label="Edit the filter as"
      className="inline-flex rounded-lg bg-slate-100 p-0.5 dark:bg-slate-800"
    >
      {MODES.map((item, i) => (
        <button
          key={item.mode}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          aria-selected={mode === item.mode}
          aria-controls={panelId}
          tabIndex={mode === item.mode ? 0 : -1}
          onClick={() => onChange(item.mode)}
          onKeyDown={(event) => onKeyDown(event, i)}
          className={cn(
            "rounded-md px-3 py-1 text-sm font-medium transition-colors",
            mode === item.mode
              ? "bg-white text-slate-900 shadow-sm dark:bg-slate-950 dark:text-slate-100"
              : "text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100",
            focusRing,
          )}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
