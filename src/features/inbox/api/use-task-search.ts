import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { cond, or, print } from "../../../filter/index.ts";
import type { HttpClient } from "../../../kanbert/http.ts";
import { listTasks } from "../../../kanbert/tasks.ts";
import { useDebouncedValue } from "../../../lib/use-debounced-value.ts";
import { useHttp } from "../../settings/index.ts";
import { inboxKeys } from "./use-inbox.ts";

/** The `GET /tasks` filter of the task picker: title, URI or client name contains the text. */
export function taskSearchFilter(text: string): string | null {
  const term = text.trim();
  if (!term) return null;
  return print(
    or(cond("title", "contains", term), cond("uri", "contains", term), cond("client.name", "contains", term)),
  );
}

/** The query of the tasks a filter finds (first 10 by title); nothing is asked without a filter. */
export function taskSearchOptions(http: HttpClient, filter: string | null) {
  return queryOptions({
    queryKey: [...inboxKeys.all, "task-search", filter ?? ""],
    queryFn: ({ signal }) => listTasks(http, { filter, sort: ["title"], pageSize: 10 }, signal),
    enabled: filter !== null,
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  });
}

/** Tasks matching the (debounced) text, for a new thread; nothing is asked for no text. */
export function useTaskSearch(text: string) {
  return useQuery(taskSearchOptions(useHttp(), taskSearchFilter(useDebouncedValue(text, 200))));
}
