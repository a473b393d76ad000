import type { ReactNode } from "react";
import { Button } from "./button.tsx";

export interface ErrorStateProps {
  title?: string;
  message: ReactNode;
  onRetry?: () => void;
  retrying?: boolean;
  /** Further ways out, e.g. a link to the settings. */
  actions?: ReactNode;
}

export function ErrorState({
  title = "Something went wrong",
  message,
  onRetry,
  retrying,
  actions,
}: ErrorStateProps) {
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-200 bg-red-50 px-5 py-4 dark:border-red-900 dark:bg-red-950/40"
    >
      <h2 className="text-sm font-semibold text-red-900 dark:text-red-200">{title}</h2>
      <div className="mt-1 text-sm text-red-800 dark:text-red-300">{message}</div>
      {(onRetry || actions) && (
        <div className="mt-3 flex flex-wrap items-center gap-3">
          {onRetry && (
            <Button size="sm" onClick={onRetry} disabled={retrying}>
              {retrying ? "Retrying…" : "Retry"}
            </Button>
          )}
          {actions}
        </div>
      )}
    </div>
  );
}
