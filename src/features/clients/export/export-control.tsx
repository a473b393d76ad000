import type { Ref } from "react";
import { Button } from "../../../ui/button.tsx";
import { prefetchExportWork } from "./load-export-work.ts";
import type { ExportState } from "./use-csv-export.ts";

function DownloadIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4">
      <path
        fill="currentColor"
        d="M8 1.75a.75.75 0 0 1 .75.75v6.19l2.22-2.22a.75.75 0 1 1 1.06 1.06l-3.5 3.5a.75.75 0 0 1-1.06 0l-3.5-3.5a.75.75 0 0 1 1.06-1.06l2.22 2.22V2.5A.75.75 0 0 1 8 1.75ZM2.75 12a.75.75 0 0 1 .75.75v.75h9v-.75a.75.75 0 0 1 1.5 0v1.5a.75.75 0 0 1-.75.75H2.75a.75.75 0 0 1-.75-.75v-1.5a.75.75 0 0 1 .75-.75Z"
      />
    </svg>
  );
}

export interface ExportButtonProps {
  running: boolean;
  onStart: () => void;
  /** Where focus returns when the export is cancelled or dismissed. */
  ref: Ref<HTMLButtonElement>;
}

export function ExportButton({ running, onStart, ref }: ExportButtonProps) {
  return (
    <Button
      ref={ref}
      onClick={onStart}
      onPointerEnter={prefetchExportWork}
      onFocus={prefetchExportWork}
      disabled={running}
    >
      <DownloadIcon />
      Export CSV
    </Button>
  );
}

/** Progress of a running export (rows fetched so far; the API has no total) with Cancel. */
export function ExportProgress({ state, onCancel }: { state: ExportState; onCancel: () => void }) {
  if (state.status === "idle") return null;
  if (state.status === "failed") {
    return (
      <div
        role="alert"
        className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-red-200 bg-red-50 px-4 py-2.5 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/40 dark:text-red-300"
      >
        <span>The export failed. {state.message}</span>
        <Button size="sm" variant="ghost" onClick={onCancel}>
          Dismiss
        </Button>
      </div>
    );
  }
  const text = `${state.rows.toLocaleString()} rows fetched`;
  return (
    <div className="flex flex-wrap items-center gap-4 rounded-md border border-indigo-200 bg-indigo-50/60 px-4 py-2.5 text-sm dark:border-indigo-900 dark:bg-indigo-950/40">
      <span className="font-medium text-slate-800 dark:text-slate-200">Exporting CSV…</span>
      <div
        role="progressbar"
        aria-label="CSV export"
        aria-valuetext={text}
        className="relative h-1.5 w-40 overflow-hidden rounded-full bg-indigo-100 dark:bg-indigo-900"
      >
        <span className="absolute inset-0 animate-pulse rounded-full bg-indigo-600 motion-reduce:animate-none dark:bg-indigo-400" />
      </div>
      <span className="text-slate-600 tabular-nums dark:text-slate-400" aria-hidden="true">
        {text}
      </span>
      <Button size="sm" variant="secondary" onClick={onCancel} className="ml-auto">
        Cancel
      </Button>
    </div>
  );
}
