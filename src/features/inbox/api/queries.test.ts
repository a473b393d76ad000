import { QueryClient, QueryObserver } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi, json, listPage } from "../../../test/fake-api.ts";
import { clientNameOptions } from "./use-client-name.ts";
import { inboxOptions } from "./use-inbox.ts";
import { taskSearchFilter, taskSearchOptions } from "./use-task-search.ts";

afterEach(() => {
  vi.useRealTimers();
});

describe("inboxOptions", () => {
  it("asks every thread with its task and client, 50 a page, in the sort's order, following next_cursor", async () => {
    const api = fakeApi(({ query }) =>
      query.get("page[cursor]") === null ? listPage([], "n1") : listPage([]),
    );
    const queryClient = new QueryClient();
    const data = await queryClient.fetchInfiniteQuery({ ...inboxOptions(api.http, "", "newest"), pages: 3 });
    expect(api.calls()).toEqual([
      "GET /tasks/comments?page[size]=50&sort=-created_at&include=task.client",
      "GET /tasks/comments?page[size]=50&page[cursor]=n1&sort=-created_at&include=task.client",
    ]);
    expect(data.pageParams).toEqual([null, "n1"]);
    expect(queryClient.getQueryData(["comments", "inbox", { filter: "", sort: "newest" }])).toBe(data);
  });

  it("sends a filter when there is one", async () => {
    const api = fakeApi(() => listPage([]));
    await new QueryClient().fetchInfiniteQuery(inboxOptions(api.http, "is_public eq true", "activity"));
    expect(api.calls()).toEqual([
      "GET /tasks/comments?page[size]=50&filter=is_public eq true&sort=-updated_at&include=task.client",
    ]);
  });
});

describe("clientNameOptions", () => {
  it("asks the client by id once, keeps the answer five minutes, and never retries", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const api = fakeApi(({ path }) =>
      path === "/clients/c1"
        ? {
            id: "c1",
            name: "Acme",
            shortcode: null,
            external_id: null,
            external_origin: null,
            primary_contact: null,
            origin_space: null,
          }
        : json(404, { message: "Not Found" }),
    );
    const queryClient = new QueryClient();
    await expect(queryClient.fetchQuery(clientNameOptions(api.http, "c1"))).resolves.toMatchObject({
      name: "Acme",
    });
    vi.advanceTimersByTime(4 * 60_000);
    await queryClient.fetchQuery(clientNameOptions(api.http, "c1"));
    expect(api.calls()).toEqual(["GET /clients/c1"]);
    expect(queryClient.getQueryData(["comments", "inbox", "client-name", "c1"])).toMatchObject({
      name: "Acme",
    });
    vi.advanceTimersByTime(2 * 60_000);
    await queryClient.fetchQuery(clientNameOptions(api.http, "c1"));
    expect(api.calls()).toEqual(["GET /clients/c1", "GET /clients/c1"]);

    const missing = new QueryObserver(queryClient, clientNameOptions(api.http, "gone"));
    const stop = missing.subscribe(() => {});
    await vi.waitFor(() => expect(missing.getCurrentResult().status).toBe("error"));
    stop();
    expect(api.calls()).toEqual(["GET /clients/c1", "GET /clients/c1", "GET /clients/gone"]);
  });

  it("asks nothing without an id", () => {
    const api = fakeApi(() => null);
    const queryClient = new QueryClient();
    const observer = new QueryObserver(queryClient, clientNameOptions(api.http, undefined));
    const stop = observer.subscribe(() => {});
    stop();
    expect(
      queryClient.getQueryCache().find({ queryKey: ["comments", "inbox", "client-name", ""], exact: true }),
    ).toBeDefined();
    expect(observer.getCurrentResult().fetchStatus).toBe("idle");
    expect(api.calls()).toEqual([]);
  });
});

describe("taskSearchFilter", () => {
  it("looks for the trimmed text in the title, the URI or the client's name; nothing for blank text", () => {
    expect(taskSearchFilter("  roof ")).toBe(
      'title contains "roof" or uri contains "roof" or client.name contains "roof"',
    );
    expect(taskSearchFilter("   ")).toBeNull();
  });
});

describe("taskSearchOptions", () => {
  it("asks the first 10 tasks by title, keeps the last answer while a new one loads, and nothing without a filter", async () => {
    const api = fakeApi(() => listPage([]));
    const queryClient = new QueryClient();
    const observer = new QueryObserver(queryClient, taskSearchOptions(api.http, 'title contains "a"'));
    const stop = observer.subscribe(() => {});
    await vi.waitFor(() => expect(observer.getCurrentResult().status).toBe("success"));
    expect(api.calls()).toEqual(['GET /tasks?page[size]=10&filter=title contains "a"&sort=title']);
    observer.setOptions(taskSearchOptions(api.http, 'title contains "ab"'));
    expect(observer.getCurrentResult()).toMatchObject({ isPlaceholderData: true, data: { data: [] } });
    observer.setOptions(taskSearchOptions(api.http, null));
    await vi.waitFor(() => expect(api.calls()).toHaveLength(2));
    stop();
    expect(api.calls()[1]).toBe('GET /tasks?page[size]=10&filter=title contains "ab"&sort=title');
    expect(queryClient.getQueryState(["comments", "inbox", "task-search", ""])?.fetchStatus).toBe("idle");
    expect(queryClient.getQueryState(["comments", "inbox", "task-search", ""])?.dataUpdatedAt).toBe(0);
  });
});
