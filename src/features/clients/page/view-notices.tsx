import { useState } from "react";
import { focusRing } from "../../../ui/focus.ts";

/** What a shared link got wrong, and what the view shows instead; each can be dismissed. */
export function ViewNotices({ notices }: { notices: readonly string[] }) {
  const [dismissed, setDismissed] = useState<readonly string[]>([]);
  const shown = notices.filter((notice) => !dismissed.includes(notice));
  if (shown.length === 0) return null;
  return (
    <div
      role="status"
      className="flex items-start gap-3 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-200"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0">
        <path
          fill="currentColor"
          d="M8.3 2.9a2 2 0 0 1 3.4 0l6.5 11.3A2 2 0 0 1 16.5 17h-13a2 2 0 0 1-1.7-2.8ZM10 7a.9.9 0 0 0-.9.9v3.3a.9.9 0 0 0 1.8 0V7.9A.9.9 0 0 0 10 7Zm0 6.3a1 1 0 1 0 0 2 1 1 0 0 0 0-2Z"
        />
      </svg>
      <ul className="flex-1 space-y-1">
        {shown.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      <button
        type="button"
        aria-label="Dismiss link notice"
        onClick={() => setDismissed([...dismissed, ...shown])}
        className={`rounded px-1 text-amber-900 hover:bg-amber-100 dark:text-amber-200 dark:hover:bg-amber-900/50 ${focusRing}`}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
