import type { KeyboardEvent } from "react";
import { cn } from "../../../lib/cn.ts";
import { MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH } from "./column-sizing-store.ts";

export const RESIZE_HINT_ID = "clients-resize-hint";

export interface ResizeHandleProps {
  label: string;
  size: number;
  resizing: boolean;
  /** TanStack's resize handler, for mouse and touch drags. */
  onStart: (event: unknown) => void;
  onResize: (size: number) => void;
  onReset: () => void;
}

/** The column's right edge: drag it, or focus it and press Left/Right (Shift for bigger steps). */
export function ResizeHandle({ label, size, resizing, onStart, onResize, onReset }: ResizeHandleProps) {
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.shiftKey ? 40 : 10;
    const delta = event.key === "ArrowRight" ? step : event.key === "ArrowLeft" ? -step : 0;
    if (delta === 0) return;
    event.preventDefault();
    onResize(Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, size + delta)));
  };
  return (
    <button
      type="button"
      aria-label={`Resize ${label} column, ${size} pixels wide`}
      aria-describedby={RESIZE_HINT_ID}
      onMouseDown={onStart}
      onTouchStart={onStart}
      onDoubleClick={onReset}
      onKeyDown={onKeyDown}
      className={cn(
        "absolute top-0 right-0 z-10 h-full min-h-6 w-6 cursor-col-resize touch-none select-none",
        "after:absolute after:inset-y-2 after:right-0 after:w-0.5 after:rounded after:bg-slate-300 after:opacity-0 hover:after:opacity-100 dark:after:bg-slate-600",
        "focus-visible:outline-none focus-visible:after:w-1 focus-visible:after:bg-indigo-600 focus-visible:after:opacity-100 dark:focus-visible:after:bg-indigo-400",
        resizing && "after:bg-indigo-600 after:opacity-100",
      )}
    />
  );
}
