import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useHttp } from "../../settings/index.ts";
import { type ClientRef, deleteEverywhere, restoreEverywhere } from "./lifecycle.ts";

/** Delete with an Undo toast; resolves to whether the delete went through (errors are toasted). */
export function useDeleteClient() {
  const http = useHttp();
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (client: ClientRef) => deleteEverywhere(queryClient, http, client) });
}

/** Restore of an archived client; resolves to whether it went through (errors are toasted). */
export function useRestoreClient() {
  const http = useHttp();
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (client: ClientRef) => restoreEverywhere(queryClient, http, client) });
}
