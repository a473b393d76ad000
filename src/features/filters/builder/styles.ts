import { cn } from "../../../lib/cn.ts";
import { focusRing } from "../../../ui/focus.ts";

/** Compact controls of the builder rows (32px high, like the rest of a dense toolbar). */
export const controlClasses = cn(
  "h-8 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-900 shadow-xs",
  "dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100",
  "aria-invalid:border-red-600 dark:aria-invalid:border-red-400",
  "disabled:cursor-not-allowed disabled:opacity-60",
  focusRing,
);

export const iconButtonClasses = cn(
  "inline-flex size-7 items-center justify-center rounded-md text-slate-500 transition-colors",
  "hover:bg-slate-100 hover:text-slate-900 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-slate-100",
  "disabled:pointer-events-none disabled:opacity-40",
  focusRing,
);
