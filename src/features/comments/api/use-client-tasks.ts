import { queryOptions, useQuery } from "@tanstack/react-query";
import type { HttpClient } from "../../../kanbert/http.ts";
import { listTasks } from "../../../kanbert/tasks.ts";
import { useHttp } from "../../settings/index.ts";
import { commentKeys, tasksOfClientFilter } from "./keys.ts";

/** The query of a client's tasks (first 100 by title), fresh for a minute. */
export function clientTasksOptions(http: HttpClient, clientId: string) {
  return queryOptions({
    queryKey: commentKeys.clientTasks(clientId),
    queryFn: async ({ signal }) => {
      const page = await listTasks(
        http,
        { filter: tasksOfClientFilter(clientId), sort: ["title"], pageSize: 100 },
        signal,
      );
      return page.data;
    },
    staleTime: 60_000,
  });
}

/** The client's tasks, for the task filter and the composer. */
export function useClientTasks(clientId: string) {
  return useQuery(clientTasksOptions(useHttp(), clientId));
}
