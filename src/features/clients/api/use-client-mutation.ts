import { type QueryClient, useMutation, useQueryClient } from "@tanstack/react-query";
import type { HttpClient } from "../../../kanbert/http.ts";
import { useHttp } from "../../settings/index.ts";
import { rollbackClients, settleClients, snapshotClients } from "./optimistic.ts";

export interface ClientMutationSpec<TVars, TResult> {
  request: (http: HttpClient, vars: TVars) => Promise<TResult>;
  /** The change shown at once, everywhere the client is cached. */
  optimistic: (queryClient: QueryClient, vars: TVars) => void;
  /** The server's answer, applied before the lists restart. */
  applyResult?: (queryClient: QueryClient, result: TResult, vars: TVars) => void;
  /** Says that it worked (see `clientFeedback`): every change is confirmed the same way. */
  feedback: (result: TResult, vars: TVars) => void;
}

/**
 * A change to one client: optimistic everywhere, rolled back on error (the caller shows the error,
 * e.g. on the form), confirmed by a toast on success, then lists restart and details refetch.
 */
export function useClientMutation<TVars, TResult>(spec: ClientMutationSpec<TVars, TResult>) {
  const http = useHttp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: TVars) => spec.request(http, vars),
    onMutate: async (vars: TVars) => {
      const snapshot = await snapshotClients(queryClient);
      spec.optimistic(queryClient, vars);
      return snapshot;
    },
    onError: (_error, _vars, snapshot) => {
      if (snapshot) rollbackClients(queryClient, snapshot);
    },
    onSuccess: (result, vars) => {
      spec.applyResult?.(queryClient, result, vars);
      spec.feedback(result, vars);
    },
    onSettled: () => {
      void settleClients(queryClient);
    },
  });
}
