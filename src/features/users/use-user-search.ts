import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError } from "../../kanbert/errors.ts";
import { listUsers } from "../../kanbert/users.ts";
import { useDebouncedValue } from "../../lib/use-debounced-value.ts";
import { useHttp } from "../settings/index.ts";
import { userKeys } from "./keys.ts";
import { userSearchFilter } from "./search-filter.ts";
import { fetchUserDirectory } from "./use-user-directory.ts";
import { matchesUser } from "./user-name.ts";

const LIMIT = 20;

/**
 * Users whose name or e-mail contains what was typed (debounced), 20 at most; the first 20 users
 * for no text. Asks the API with a filter; if it answers 400 (a Kanbert without the users filter)
 * it matches over the directory instead. Always a UserData[] under `userKeys.search`.
 */
export function useUserSearch(text: string, enabled = true) {
  const http = useHttp();
  const queryClient = useQueryClient();
  const term = useDebouncedValue(text, 250).trim();
  return useQuery({
    queryKey: userKeys.search(term),
    enabled,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) => {
      const filter = userSearchFilter(term);
      if (filter === null) return (await fetchUserDirectory(queryClient, http, signal)).slice(0, LIMIT);
      try {
        return (await listUsers(http, { pageSize: LIMIT, filter, sort: ["last_name", "first_name"] }, signal))
          .data;
      } catch (error) {
        if (!(error instanceof ApiError) || error.status !== 400) throw error;
        return (await fetchUserDirectory(queryClient, http, signal))
          .filter((user) => matchesUser(user, term))
          .slice(0, LIMIT);
      }
    },
  });
}
