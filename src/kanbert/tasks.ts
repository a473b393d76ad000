import type { HttpClient } from "./http.ts";
import { type ListParams, listQuery } from "./query.ts";
import { pageOf, TaskData } from "./schemas.ts";

export const TaskPage = pageOf(TaskData);

export function listTasks(http: HttpClient, params: ListParams = {}, signal?: AbortSignal) {
  return http.request({ path: "/tasks", query: listQuery(params), schema: TaskPage, signal });
}
