import { cn } from "../../../lib/cn.ts";

export const menuContent = cn(
  "z-40 min-w-56 rounded-lg border border-slate-200 bg-white p-1 text-sm shadow-xl",
  "dark:border-slate-700 dark:bg-slate-900",
);
export const menuItem = cn(
  "flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 text-slate-800 outline-none select-none",
  "data-highlighted:bg-slate-100 data-highlighted:text-slate-900",
  "dark:text-slate-200 dark:data-highlighted:bg-slate-800 dark:data-highlighted:text-slate-100",
  "data-disabled:pointer-events-none data-disabled:opacity-50",
);
export const menuLabel = "px-2 pt-2 pb-1 text-xs font-medium text-slate-500 dark:text-slate-400";
export const menuSeparator = "my-1 h-px bg-slate-200 dark:bg-slate-700";
