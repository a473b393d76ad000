import { type QueryClient, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { ApiError, type HttpClient, listUsers, SpaceData, type UserData } from "../../../kanbert/index.ts";
import { useHttp } from "../../settings/index.ts";

/** How many users the pickers know by heart: enough to name every id a filter holds. */
const DIRECTORY_PAGES = 3;
const PAGE_SIZE = 100;

export const directoryKeys = {
  users: () => ["users", "directory"] as const,
  search: (text: string) => ["users", "search", text] as const,
};

export const userName = (user: UserData) => `${user.first_name} ${user.last_name}`.trim() || user.email;

/** The first pages of `GET /users`, for naming ids and as the fallback of the search. */
export function useUserDirectory(enabled = true) {
  const http = useHttp();
  return useQuery({
    queryKey: directoryKeys.users(),
    enabled,
    staleTime: 5 * 60_000,
    queryFn: ({ signal }) => fetchDirectory(http, signal),
  });
}

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

const quoted = (text: string) => `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`;

export function matchesUser(user: UserData, text: string): boolean {
  const needle = text.trim().toLowerCase();
  return [user.first_name, user.last_name, user.email, userName(user)].some((part) =>
    part.toLowerCase().includes(needle),
  );
}

/**
 * Users whose name or email contains `text`: asks the API with a filter; if it answers 400 (a
 * Kanbert without the users filter) it matches over the directory instead.
 */
export function useUserSearch(text: string, enabled: boolean) {
  const http = useHttp();
  const queryClient = useQueryClient();
  const term = text.trim();
  return useQuery({
    queryKey: directoryKeys.search(term),
    enabled,
    staleTime: 60_000,
    queryFn: async ({ signal }) => {
      if (term === "") return (await directory(queryClient, http, signal)).slice(0, 20);
      const filter = ["first_name", "last_name", "email"]
        .map((f) => `${f} contains ${quoted(term)}`)
        .join(" or ");
      try {
        return (await listUsers(http, { pageSize: 20, filter, sort: ["first_name"] }, signal)).data;
      } catch (error) {
        if (!(error instanceof ApiError) || error.status !== 400) throw error;
        return (await directory(queryClient, http, signal))
          .filter((user) => matchesUser(user, term))
          .slice(0, 20);
      }
    },
  });
}

function directory(queryClient: QueryClient, http: HttpClient, signal: AbortSignal) {
  return queryClient.fetchQuery({
    queryKey: directoryKeys.users(),
    staleTime: 5 * 60_000,
    queryFn: () => fetchDirectory(http, signal),
  });
}

const ClientPages = z.object({
  pages: z.array(z.object({ data: z.array(z.object({ origin_space: SpaceData.nullable() })) })),
});

/**
 * Spaces a person can pick for `origin_space.id`. The API has no spaces endpoint, so they are
 * gathered from what the app already knows: the users' spaces and the origin spaces of the clients
 * in the list cache. The picker also takes any id typed by hand.
 */
export function useKnownSpaces(): SpaceData[] {
  const queryClient = useQueryClient();
  const users = useUserDirectory().data ?? [];
  const spaces = new Map<string, SpaceData>();
  for (const user of users) spaces.set(user.space.id, user.space);
  for (const [, data] of queryClient.getQueriesData({ queryKey: ["clients"] })) {
    const parsed = ClientPages.safeParse(data);
    if (!parsed.success) continue;
    for (const page of parsed.data.pages)
      for (const client of page.data)
        if (client.origin_space) spaces.set(client.origin_space.id, client.origin_space);
  }
  return [...spaces.values()].sort((a, b) => a.name.localeCompare(b.name));
}
