import { PageHeader } from "./page-header.tsx";

const bar = "animate-pulse rounded-md bg-slate-200 motion-reduce:animate-none dark:bg-slate-800";

/**
 * What `/clients` shows while its chunk is on the way: the page title and a toolbar and table
 * skeleton, painted from the entry chunk so the page has its shape before any route code arrives.
 */
export function ClientsPending() {
  return (
    <div className="space-y-4">
      <PageHeader actions={<span aria-hidden="true" className={`${bar} h-9 w-64`} />} />
      <div aria-hidden="true" className="flex flex-wrap items-center gap-x-4 gap-y-3">
        <span className={`${bar} h-9 w-64`} />
        <span className={`${bar} h-8 w-72`} />
        <span className={`${bar} h-8 w-56`} />
      </div>
      <div aria-hidden="true" className={`${bar} h-9 w-40`} />
      <p role="status" className="sr-only">
        Loading clients…
      </p>
      <div
        aria-hidden="true"
        className="h-[calc(100dvh-19rem)] min-h-80 rounded-lg border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900"
      />
    </div>
  );
}
