import type { ReactNode } from "react";

export const headerCellClass =
  "sticky top-0 bg-slate-50 px-4 py-2.5 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase dark:bg-slate-800/60 dark:text-slate-300";
export const cellClass = "px-4 py-2.5 text-sm text-slate-800 dark:text-slate-200";

/** The bordered, horizontally scrollable frame every clients table view shares. */
export function TableFrame({
  caption,
  busy,
  children,
}: {
  caption: string;
  busy?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <table className="w-full min-w-[44rem] border-collapse" aria-busy={busy || undefined}>
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}
