import { useNavigate, useRouter } from "@tanstack/react-router";
import { useCallback } from "react";
import { lastListVisit } from "./list-memory.ts";

/**
 * Back to the list a person came from — with its filter, sort and scroll. History is only walked
 * back when the entry right before this one is that list (never to a form or another page);
 * otherwise the list's address opens, or `/clients` when no list was seen yet.
 */
export function useBackToList(): () => void {
  const router = useRouter();
  const navigate = useNavigate();
  return useCallback(() => {
    const visit = lastListVisit();
    const here = router.history.location.state.__TSR_index;
    if (visit && visit.historyIndex === here - 1) router.history.back();
    else void navigate({ href: visit?.href ?? "/clients" });
  }, [router, navigate]);
}
