import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { isOutdatedDeepLink } from "./client-cache.ts";
import { detailFromRow } from "./detail-model.ts";
import { clientKeys } from "./keys.ts";
import { row } from "./test-rows.ts";
import { clientDetailKey } from "./use-client-detail.ts";

function queryOf(queryClient: QueryClient, key: readonly unknown[]) {
  const query = queryClient.getQueryCache().find({ queryKey: key, exact: true });
  if (!query) throw new Error("no such query");
  return query;
}

describe("isOutdatedDeepLink", () => {
  it("is true for a by-shortcode entry whose client now has another shortcode", () => {
    const queryClient = new QueryClient();
    const key = clientDetailKey({ key: "OLD", findBy: "shortcode" });
    queryClient.setQueryData(key, detailFromRow(row("x", { shortcode: "NEW" }), false));
    expect(isOutdatedDeepLink(queryOf(queryClient, [...key]))).toBe(true);
  });

  it("is false while the shortcode still matches (case aside) and for entries by id", () => {
    const queryClient = new QueryClient();
    const key = clientDetailKey({ key: "old", findBy: "shortcode" });
    queryClient.setQueryData(key, detailFromRow(row("x", { shortcode: "OLD" }), false));
    queryClient.setQueryData(clientKeys.detail("x"), detailFromRow(row("x", { shortcode: "NEW" }), false));
    expect(isOutdatedDeepLink(queryOf(queryClient, [...key]))).toBe(false);
    expect(isOutdatedDeepLink(queryOf(queryClient, [...clientKeys.detail("x")]))).toBe(false);
  });

  it("is true for a by-external entry whose external id changed", () => {
    const queryClient = new QueryClient();
    const key = clientDetailKey({ key: "X-1", findBy: "external_id", origin: "crm" });
    queryClient.setQueryData(
      key,
      detailFromRow(row("x", { external_id: "X-2", external_origin: "crm" }), false),
    );
    expect(isOutdatedDeepLink(queryOf(queryClient, [...key]))).toBe(true);
  });
});
