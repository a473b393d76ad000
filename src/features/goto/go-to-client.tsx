import { lazy, Suspense, useCallback, useState } from "react";
import { Button } from "../../ui/button.tsx";
import { useGoToHotkey } from "./use-hotkey.ts";

const GoToDialog = lazy(() => import("./go-to-dialog.tsx"));

function SearchIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      className="size-4"
    >
      <circle cx="8.5" cy="8.5" r="5.5" />
      <path d="m13 13 4 4" strokeLinecap="round" />
    </svg>
  );
}

/** "Go to client" in the header: opens with a click, Ctrl+K (⌘K) or `/`. */
export function GoToClient() {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const show = useCallback(() => {
    setLoaded(true);
    setOpen(true);
  }, []);
  useGoToHotkey(show);
  return (
    <>
      <Button variant="secondary" size="sm" onClick={show} aria-keyshortcuts="Control+K Meta+K /">
        <SearchIcon />
        <span className="sr-only sm:not-sr-only">Go to client</span>
        <span aria-hidden="true" className="ml-1 hidden sm:inline">
          <kbd className="rounded border border-slate-300 px-1 font-sans text-xs text-slate-600 dark:border-slate-600 dark:text-slate-400">
            Ctrl K
          </kbd>
        </span>
      </Button>
      {loaded && (
        <Suspense fallback={null}>
          <GoToDialog open={open} onOpenChange={setOpen} />
        </Suspense>
      )}
    </>
  );
}
