import { type QueryClient, useMutation, useQueryClient } from "@tanstack/react-query";
import type { HttpClient } from "../../../kanbert/http.ts";
import { type OptimisticChange, runOptimisticOne } from "../../../lib/optimistic.ts";
import { useHttp } from "../../settings/index.ts";
import type { ClientSnapshot } from "./client-cache.ts";
import { clientRunOptions } from "./client-change.ts";

/**
 * A change to one client through the optimistic runner: shown everywhere at once, rolled back on
 * error (the caller shows the error, e.g. on the form), confirmed by `feedback` (see
 * `clientFeedback`) on success, then lists restart and details refetch.
 */
export function useClientMutation<TVars extends { id: string }, TResult>(
  change: (queryClient: QueryClient, http: HttpClient) => OptimisticChange<TVars, ClientSnapshot, TResult>,
  feedback: (result: TResult, vars: TVars) => void,
) {
  const http = useHttp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: TVars) =>
      runOptimisticOne(change(queryClient, http), vars, clientRunOptions(queryClient)),
    onSuccess: (result, vars) => feedback(result, vars),
  });
}
