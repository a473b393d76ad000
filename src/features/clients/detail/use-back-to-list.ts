import { useCanGoBack, useNavigate, useRouter } from "@tanstack/react-router";
import { useCallback } from "react";

/**
 * Back to the list a person came from — with its filter, sort and scroll — when there is history
 * inside the app; otherwise to the clients list.
 */
export function useBackToList(): () => void {
  const router = useRouter();
  const navigate = useNavigate();
  const canGoBack = useCanGoBack();
  return useCallback(() => {
    if (canGoBack) router.history.back();
    else void navigate({ to: "/clients" });
  }, [canGoBack, router, navigate]);
}
