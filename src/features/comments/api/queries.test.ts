import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { fakeApi, listPage } from "../../../test/fake-api.ts";
import { clientCommentsOptions } from "./use-client-comments.ts";
import { clientTasksOptions } from "./use-client-tasks.ts";

describe("clientCommentsOptions", () => {
  it("asks a task's threads newest first with their task, 20 a page, following next_cursor", async () => {
    const api = fakeApi(({ query }) =>
      query.get("page[cursor]") === null ? listPage([], "n1") : listPage([], null),
    );
    const queryClient = new QueryClient();
    const data = await queryClient.fetchInfiniteQuery({
      ...clientCommentsOptions(api.http, "c1", "t1"),
      pages: 3,
    });
    expect(api.calls()).toEqual([
      'GET /tasks/comments?page[size]=20&filter=task.client_id eq "c1" and task.id eq "t1"&sort=-created_at&include=task',
      'GET /tasks/comments?page[size]=20&page[cursor]=n1&filter=task.client_id eq "c1" and task.id eq "t1"&sort=-created_at&include=task',
    ]);
    expect(data.pageParams).toEqual([null, "n1"]);
    expect(queryClient.getQueryData(["comments", "client", "c1", { taskId: "t1" }])).toBe(data);
  });
});

describe("clientTasksOptions", () => {
  it("asks the client's first 100 tasks by title and keeps them a minute", async () => {
    const api = fakeApi(() => listPage([]));
    const queryClient = new QueryClient();
    await expect(queryClient.fetchQuery(clientTasksOptions(api.http, "c1"))).resolves.toEqual([]);
    await queryClient.fetchQuery(clientTasksOptions(api.http, "c1"));
    expect(api.calls()).toEqual(['GET /tasks?page[size]=100&filter=client.id eq "c1"&sort=title']);
    expect(queryClient.getQueryData(["comments", "tasks-of-client", "c1"])).toEqual([]);
  });
});
