import { useEffect, useRef } from "react";
import type { ClientLookup } from "../../../kanbert/query.ts";
import type { ClientDetail } from "../api/detail-model.ts";
import { ClientActions } from "./client-actions.tsx";

const badge = "inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold";

/** Name, shortcode and state at a glance, with everything one can do to the client. */
export function ClientHeader({ detail, lookup }: { detail: ClientDetail; lookup: ClientLookup }) {
  const { client, full, archived } = detail;
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening a client (Enter on a row, Go to client, a link) puts focus on its name: the page that
  // opened it is gone, and focus must not fall back to <body>. Once per client, not per refetch.
  useEffect(() => {
    if (client.id) heading.current?.focus({ preventScroll: true });
  }, [client.id]);
  return (
    <header className="flex flex-wrap items-start justify-between gap-4">
      <div className="min-w-0 space-y-1.5">
        <h1
          ref={heading}
          tabIndex={-1}
          id="client-heading"
          className="text-2xl font-semibold tracking-tight break-words text-slate-900 focus:outline-none dark:text-slate-100"
        >
          {client.name}
        </h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
          {client.shortcode && (
            <span className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-800 dark:bg-slate-800 dark:text-slate-200">
              {client.shortcode}
            </span>
          )}
          {full && <span>Segment {full.segment}</span>}
          {archived ? (
            <span className={`${badge} bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200`}>
              Archived
            </span>
          ) : (
            <span
              className={`${badge} bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-200`}
            >
              Active
            </span>
          )}
          {client.origin_space && (
            <span className={`${badge} bg-sky-100 text-sky-900 dark:bg-sky-900/40 dark:text-sky-200`}>
              Shared from {client.origin_space.name}
            </span>
          )}
        </p>
      </div>
      <ClientActions detail={detail} lookup={lookup} />
    </header>
  );
}
