import { useQuery } from "@tanstack/react-query";
import { getClient } from "../../../kanbert/clients.ts";
import { useHttp } from "../../settings/index.ts";
import { inboxKeys } from "./use-inbox.ts";

/** The name of the client the inbox is filtered to (the URL holds only its id). */
export function useClientName(id: string | undefined): string | undefined {
  const http = useHttp();
  const query = useQuery({
    queryKey: [...inboxKeys.all, "client-name", id ?? ""],
    queryFn: ({ signal }) => getClient(http, { key: id ?? "" }, signal),
    enabled: id !== undefined,
    staleTime: 5 * 60_000,
    retry: false,
  });
  return id === undefined ? undefined : query.data?.name;
}
