import { useSyncExternalStore } from "react";

/** Whether a CSS media query matches now, updated when it changes (false where there is no window). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const media = window.matchMedia?.(query);
      media?.addEventListener("change", onChange);
      return () => media?.removeEventListener("change", onChange);
    },
    () => window.matchMedia?.(query).matches === true,
    // Stryker disable next-line ArrowFunction,BooleanLiteral: the server snapshot; this app never renders on a server
    () => false,
  );
}
