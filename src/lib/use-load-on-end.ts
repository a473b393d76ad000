import { type RefObject, useEffect } from "react";

/**
 * Calls `loadMore` when the sentinel (an element after the last row) comes within 600 px of the
 * scroll container's visible end. The observer is renewed whenever `loadMore` changes (after every
 * page), and a new observer reports the current position at once, so loading continues for as
 * long as the end stays in view.
 */
export function useLoadOnEnd(
  rootRef: RefObject<HTMLElement | null>,
  sentinelRef: RefObject<HTMLElement | null>,
  loadMore: () => void,
  enabled: boolean,
): void {
  useEffect(() => {
    const root = rootRef.current;
    const target = sentinelRef.current;
    if (!enabled || !root || !target || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) loadMore();
      },
      { root, rootMargin: "0px 0px 600px 0px" },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [rootRef, sentinelRef, loadMore, enabled]);
}
