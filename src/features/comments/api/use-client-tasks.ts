import { useQuery } from "@tanstack/react-query";
import { listTasks } from "../../../kanbert/tasks.ts";
import { useHttp } from "../../settings/index.ts";
import { commentKeys, tasksOfClientFilter } from "./keys.ts";

/** The client's tasks (first 100 by title), for the task filter and the composer. */
export function useClientTasks(clientId: string) {
  const http = useHttp();
  return useQuery({
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
