// @vitest-environment jsdom
import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { FetchLike } from "../../../kanbert/http.ts";
import { client, json, page } from "../page/test-harness.tsx";
import { connectedWrapper } from "./test-hooks.tsx";
import { useClientsInfinite } from "./use-clients-infinite.ts";

describe("useClientsInfinite", () => {
  it("follows meta.next_cursor, flattens the pages, and never asks for a page twice", async () => {
    const fetchImpl = vi.fn<FetchLike>(async (url) =>
      url.includes("cursor")
        ? json(200, page([client("c3", "Gamma")]))
        : json(200, page([client("c1", "Acme"), client("c2", "Beta")], "next-1")),
    );
    const { result } = renderHook(
      () => useClientsInfinite({ filter: 'segment eq "A"', archived: "without", sort: "name" }),
      {
        wrapper: connectedWrapper(fetchImpl),
      },
    );
    await waitFor(() => expect(result.current.rows).toHaveLength(2));
    expect(result.current.hasNextPage).toBe(true);
    act(() => {
      result.current.loadMore();
      result.current.loadMore();
    });
    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.rows.map((c) => c.id)).toEqual(["c1", "c2", "c3"]));
    expect(fetchImpl).toHaveBeenCalledTimes(2);
    const second = new URL(String(fetchImpl.mock.calls[1]?.[0]), "http://x");
    expect(second.searchParams.get("page[cursor]")).toBe("next-1");
    expect(second.searchParams.get("filter")).toBe('segment eq "A"');
    expect(result.current.hasNextPage).toBe(false);
    act(() => result.current.loadMore());
    expect(fetchImpl).toHaveBeenCalledTimes(2);
  });
});
