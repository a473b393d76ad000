import type { ViewSnapshot } from "../types.ts";
import type { SavedView } from "./saved-views.ts";

export type AppliedState = "applied" | "modified";

/**
 * Which saved view the table shows: one whose filter, sort and columns equal the current ones,
 * else the view applied last from the menu, marked as modified since.
 */
export function appliedView(
  views: readonly SavedView[],
  current: ViewSnapshot,
  lastApplied: string | null,
): { view: SavedView; state: AppliedState } | undefined {
  const now = JSON.stringify({ filter: current.filter, sort: current.sort, columns: current.columns });
  const same = (view: SavedView) =>
    JSON.stringify({ filter: view.filter, sort: view.sort, columns: view.columns }) === now;
  const last = views.find((view) => view.id === lastApplied);
  if (last && same(last)) return { view: last, state: "applied" };
  const exact = views.find(same);
  if (exact) return { view: exact, state: "applied" };
  return last ? { view: last, state: "modified" } : undefined;
}

/** Beside the Views button: the saved view in use, and whether it was changed since. */
export function AppliedViewNote({ applied }: { applied: ReturnType<typeof appliedView> }) {
  return (
    <p
      role="status"
      aria-label="Saved view in use"
      className="max-w-48 truncate text-sm text-slate-600 dark:text-slate-400"
    >
      {applied && (
        <>
          View “{applied.view.name}”
          {applied.state === "modified" && (
            <span className="text-amber-700 dark:text-amber-400"> (modified)</span>
          )}
        </>
      )}
    </p>
  );
}
