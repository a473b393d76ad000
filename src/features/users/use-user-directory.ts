import { type QueryClient, useQuery } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import type { HttpClient } from "../../kanbert/http.ts";
import type { UserData } from "../../kanbert/schemas.ts";
import { listUsers } from "../../kanbert/users.ts";
import { useHttp } from "../settings/index.ts";
import { userKeys } from "./keys.ts";

/** How many pages of users the app knows by heart: enough to name every id a filter or a mention holds. */
const DIRECTORY_PAGES = 20;
const PAGE_SIZE = 100;
const STALE = 5 * 60_000;
const NO_USERS: readonly UserData[] = [];

async function fetchDirectory(http: HttpClient, signal: AbortSignal): Promise<UserData[]> {
  const users: UserData[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < DIRECTORY_PAGES; page++) {
    const result = await listUsers(http, { pageSize: PAGE_SIZE, cursor, sort: ["last_name"] }, signal);
    users.push(...result.data);
    cursor = result.meta.next_cursor ?? null;
    if (cursor === null) break;
  }
  return users;
}

/** `GET /users` (all pages, by last name), for naming ids, mention suggestions and the search's fallback. */
export function useUserDirectory(enabled = true) {
  const http = useHttp();
  return useQuery({
    queryKey: userKeys.directory(),
    enabled,
    staleTime: STALE,
    queryFn: ({ signal }) => fetchDirectory(http, signal),
  });
}

export type UserLookup = (id: string) => UserData | undefined;

/** The directory as a list and as a lookup by id (undefined while loading or for an unknown id). */
export function useUserLookup(): { users: readonly UserData[]; lookup: UserLookup } {
  const data = useUserDirectory().data;
  const byId = useMemo(() => new Map((data ?? []).map((user) => [user.id, user])), [data]);
  const lookup = useCallback((id: string) => byId.get(id), [byId]);
  return { users: data ?? NO_USERS, lookup };
}

/** The directory from outside a component (the search's fallback), cached under the same key. */
export function fetchUserDirectory(queryClient: QueryClient, http: HttpClient, signal: AbortSignal) {
  return queryClient.fetchQuery({
    queryKey: userKeys.directory(),
    staleTime: STALE,
    queryFn: () => fetchDirectory(http, signal),
  });
}
