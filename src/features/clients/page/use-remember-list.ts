import { useLocation } from "@tanstack/react-router";
import { useEffect } from "react";
import { rememberListVisit } from "../detail/list-memory.ts";

/**
 * Records the list's address and history entry, so a client page can return to exactly it. The
 * location is read while leaving too (it is already the next page's then), so only `/clients` counts.
 */
export function useRememberList(): void {
  const location = useLocation();
  useEffect(() => {
    if (location.pathname !== "/clients") return;
    rememberListVisit({ href: location.href, historyIndex: location.state.__TSR_index });
  }, [location]);
}
