import type { ReactNode } from "react";

/** The title of the clients page, shared by the page and the placeholder shown while it loads. */
export function PageHeader({ actions }: { actions?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-slate-100">Clients</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Every client of your space. Filter, sort and pick columns; the address bar keeps the view.
        </p>
      </div>
      {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
    </div>
  );
}
