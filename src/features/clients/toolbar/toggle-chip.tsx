import type { ReactNode } from "react";
import { cn } from "../../../lib/cn.ts";
import { focusRing } from "../../../ui/focus.ts";

export const chipClasses = (pressed: boolean) =>
  cn(
    "inline-flex h-9 items-center gap-1.5 rounded-md border px-3 text-sm font-medium shadow-sm transition-colors",
    pressed
      ? "border-indigo-600 bg-indigo-50 text-indigo-800 dark:border-indigo-400 dark:bg-indigo-950/60 dark:text-indigo-200"
      : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800",
    focusRing,
  );

export interface ToggleChipProps {
  pressed: boolean;
  onPressedChange: (pressed: boolean) => void;
  children: ReactNode;
  label?: string;
  className?: string;
}

/** An on/off filter button (`aria-pressed`). */
export function ToggleChip({ pressed, onPressedChange, children, label, className }: ToggleChipProps) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      aria-label={label}
      onClick={() => onPressedChange(!pressed)}
      className={cn(chipClasses(pressed), className)}
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" className={cn("size-3.5", !pressed && "hidden")}>
        <path
          fill="currentColor"
          d="M13.3 4.3a1 1 0 0 1 0 1.4l-6 6a1 1 0 0 1-1.4 0l-3-3a1 1 0 1 1 1.4-1.4L6.6 9.6l5.3-5.3a1 1 0 0 1 1.4 0Z"
        />
      </svg>
      {children}
    </button>
  );
}
