import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { cond, or, print } from "../../../filter/index.ts";
import { listUsers } from "../../../kanbert/users.ts";
import { useDebouncedValue } from "../../../lib/use-debounced-value.ts";
import { useHttp } from "../../settings/index.ts";

/** The `GET /users` filter for a search text: first name, last name or e-mail contains it. */
export function userSearchFilter(text: string): string | null {
  const term = text.trim();
  if (!term) return null;
  return print(
    or(
      cond("first_name", "contains", term),
      cond("last_name", "contains", term),
      cond("email", "contains", term),
    ),
  );
}

/** Users matching what was typed (debounced), 20 at most; the first 20 users for no text. */
export function useUserSearch(text: string) {
  const http = useHttp();
  const filter = userSearchFilter(useDebouncedValue(text, 250));
  return useQuery({
    queryKey: ["users", "search", filter ?? ""],
    queryFn: ({ signal }) =>
      listUsers(http, { filter, pageSize: 20, sort: ["last_name", "first_name"] }, signal),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}
