import { queryOptions, useQuery } from "@tanstack/react-query";
import { getClient } from "../../../kanbert/clients.ts";
import type { HttpClient } from "../../../kanbert/http.ts";
import { useHttp } from "../../settings/index.ts";
import { inboxKeys } from "./use-inbox.ts";

/** The query of one client's record by id (none without an id), fresh for five minutes, not retried. */
export function clientNameOptions(http: HttpClient, id: string | undefined) {
  return queryOptions({
    queryKey: [...inboxKeys.all, "client-name", id ?? ""],
    queryFn: ({ signal }) => getClient(http, { key: id ?? "" }, signal),
    enabled: id !== undefined,
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** The name of the client the inbox is filtered to (the URL holds only its id). */
export function useClientName(id: string | undefined): string | undefined {
  const query = useQuery(clientNameOptions(useHttp(), id));
  return id === undefined ? undefined : query.data?.name;
}
