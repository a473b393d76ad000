import { type InfiniteData, InfiniteQueryObserver, QueryClient } from "@tanstack/react-query";
import { describe, expect, it, vi } from "vitest";
import { firstPageOnly, restartClientLists } from "./client-cache.ts";
import { clientKeys } from "./keys.ts";

const key = clientKeys.list({ filter: "", archived: "without", sort: "name" });

describe("restartClientLists", () => {
  it("trims every cached list to its first page, then refetches only that page", async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    queryClient.setQueryData(clientKeys.detail("c1"), { id: "c1" });
    const cursors: (string | null)[] = [];
    const observer = new InfiniteQueryObserver<
      string,
      Error,
      InfiniteData<string, string | null>,
      typeof key,
      string | null
    >(queryClient, {
      queryKey: key,
      queryFn: async ({ pageParam }) => {
        cursors.push(pageParam);
        return `page after ${pageParam ?? "start"}`;
      },
      initialPageParam: null,
      getNextPageParam: (_last, pages) => (pages.length < 5 ? `c${pages.length + 1}` : undefined),
    });
    const unsubscribe = observer.subscribe(() => {});
    await vi.waitFor(() => expect(observer.getCurrentResult().data?.pages).toHaveLength(1));
    await observer.fetchNextPage();
    await observer.fetchNextPage();
    expect(observer.getCurrentResult().data?.pages).toHaveLength(3);

    cursors.length = 0;
    await restartClientLists(queryClient);
    const data = queryClient.getQueryData<InfiniteData<string, string | null>>(key);
    expect(cursors).toEqual([null]);
    expect(data?.pages).toEqual(["page after start"]);
    expect(data?.pageParams).toEqual([null]);
    expect(queryClient.getQueryData(clientKeys.detail("c1"))).toEqual({ id: "c1" });
    unsubscribe();
  });

  it("leaves plain data and one-page lists alone", () => {
    const one = { pages: ["p1"], pageParams: [null] };
    expect(firstPageOnly(one)).toBe(one);
    expect(firstPageOnly({ id: "x" })).toEqual({ id: "x" });
    expect(firstPageOnly(undefined)).toBeUndefined();
    expect(firstPageOnly({ pages: [1, 2], pageParams: [null, "c"] })).toEqual({
      pages: [1],
      pageParams: [null],
    });
  });
});
