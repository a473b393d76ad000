import { type QueryClient, useQuery } from "@tanstack/react-query";
import type { HttpClient } from "../../kanbert/http.ts";
import type { UserData } from "../../kanbert/schemas.ts";
import { listUsers } from "../../kanbert/users.ts";
import { useHttp } from "../settings/index.ts";
import { userKeys } from "./keys.ts";

/** How many users the pickers know by heart: enough to name every id a filter holds. */
const DIRECTORY_PAGES = 3;
const PAGE_SIZE = 100;
const STALE = 5 * 60_000;

async function fetchDirectory(http: HttpClient, signal: AbortSignal): Promise<UserData[]> {
  const users: UserData[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < DIRECTORY_PAGES; page++) {
    const result = await listUsers(http, { pageSize: PAGE_SIZE, cursor, sort: ["first_name"] }, signal);
    users.push(...result.data);
    cursor = result.meta.next_cursor ?? null;
    if (cursor === null) break;
  }
  return users;
}

/** The first pages of `GET /users`, for naming ids and as the fallback of the search. */
export function useUserDirectory(enabled = true) {
  const http = useHttp();
  return useQuery({
    queryKey: userKeys.directory(),
    enabled,
    staleTime: STALE,
    queryFn: ({ signal }) => fetchDirectory(http, signal),
  });
}

/** The directory from outside a component (the search's fallback), cached under the same key. */
export function fetchUserDirectory(queryClient: QueryClient, http: HttpClient, signal: AbortSignal) {
  return queryClient.fetchQuery({
    queryKey: userKeys.directory(),
    staleTime: STALE,
    queryFn: () => fetchDirectory(http, signal),
  });
}
