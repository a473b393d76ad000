import { Button } from "../../../ui/button.tsx";
import { Spinner } from "../../../ui/spinner.tsx";

export interface TableFooterProps {
  id: string;
  loaded: number;
  /** The first page is still on its way. */
  loading: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}

const count = new Intl.NumberFormat();

export const LOADING_TEXT = "Loading clients…";

export function loadedText(loaded: number, hasMore: boolean): string {
  const clients = `${count.format(loaded)} client${loaded === 1 ? "" : "s"}`;
  return hasMore ? `${clients} loaded, more available` : `All ${clients} loaded`;
}

/** How many rows are loaded and whether more exist (the API has no total), with "Load more". */
export function TableFooter({ id, loaded, loading, hasMore, loadingMore, onLoadMore }: TableFooterProps) {
  return (
    <div className="flex min-h-12 flex-wrap items-center justify-between gap-3 border-t border-slate-200 bg-slate-50 px-4 py-2 text-sm text-slate-600 dark:border-slate-700 dark:bg-slate-800/60 dark:text-slate-400">
      <p id={id} className="tabular-nums">
        {loading ? LOADING_TEXT : loadedText(loaded, hasMore)}
      </p>
      {hasMore && !loading && (
        <Button size="sm" onClick={onLoadMore} disabled={loadingMore}>
          {loadingMore && <Spinner />}
          {loadingMore ? "Loading more…" : "Load more"}
        </Button>
      )}
    </div>
  );
}
