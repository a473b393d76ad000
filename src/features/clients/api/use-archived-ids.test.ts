import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { fakeApi, listPage } from "../../../test/fake-api.ts";
import { row } from "./test-rows.ts";
import { archivedAmongOptions } from "./use-archived-ids.ts";

describe("archivedAmongOptions", () => {
  it("asks, 50 rows at a time, which of their names are archived, and keeps the ids that come back", async () => {
    const rows = Array.from({ length: 51 }, (_, i) =>
      row(`c${i}`, { name: `N${String(i).padStart(2, "0")}` }),
    );
    rows[3] = row("c3", { name: "N01" });
    rows[2] = row("c2", { name: "A" });
    const options = archivedAmongOptions(fakeApi(() => null).http, rows);
    expect(options.map((o) => o.queryKey.slice(0, 2))).toEqual([
      ["clients", "archived-among"],
      ["clients", "archived-among"],
    ]);
    const firstNames = options[0]?.queryKey[2];
    expect(firstNames).toHaveLength(49);
    expect(firstNames?.slice(0, 4)).toEqual(["A", "N00", "N01", "N04"]);
    expect(firstNames?.at(-1)).toBe("N49");
    expect(options[1]?.queryKey).toEqual(["clients", "archived-among", ["N50"]]);

    const api = fakeApi(() => listPage([row("c50", { name: "N50" }), row("other", { name: "N50" })]));
    const [, last] = archivedAmongOptions(api.http, rows);
    if (!last) throw new Error("two chunks expected");
    await expect(new QueryClient().fetchQuery(last)).resolves.toEqual(["c50", "other"]);
    expect(api.calls()).toEqual([
      'GET /clients/full?page[size]=100&filter=archived eq "only" and name in ["N50"]',
    ]);
  });

  it("asks nothing for no rows", () => {
    expect(archivedAmongOptions(fakeApi(() => null).http, [])).toEqual([]);
  });
});
