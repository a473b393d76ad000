import { describe, expect, it } from "vitest";
import { readView } from "../view/url-state.ts";
import { type ClientListParams, clientKeys } from "./keys.ts";
import { listParamsOf } from "./list-params.ts";

describe("clientKeys", () => {
  it("builds a hierarchy under ['clients']", () => {
    const params: ClientListParams = { filter: "", archived: "without", sort: "name" };
    expect(clientKeys.all).toEqual(["clients"]);
    expect(clientKeys.list(params)).toEqual(["clients", "list", params]);
    expect(clientKeys.detail("c1")).toEqual(["clients", "detail", "c1"]);
    expect(clientKeys.list(params).slice(0, 2)).toEqual(clientKeys.lists());
  });

  it("keeps only the canonical params in a list key", () => {
    const loose: ClientListParams & { cursor: string } = {
      filter: "",
      archived: "without",
      sort: "name",
      cursor: "abc",
    };
    expect(clientKeys.list(loose)).toEqual([
      "clients",
      "list",
      { filter: "", archived: "without", sort: "name" },
    ]);
  });
});

describe("listParamsOf", () => {
  it("gives one key for every spelling of the same view", () => {
    const a = readView({ filter: "segment   eq 'A' and  name contains \"x\"", sort: "-created_at,name" });
    const b = readView({
      filter: 'segment eq "A" and name contains "x"',
      archived: "without",
      sort: "-created_at,name,bogus",
    });
    expect(listParamsOf(a)).toEqual(listParamsOf(b));
    expect(listParamsOf(a)).toEqual({
      filter: 'segment eq "A" and name contains "x"',
      archived: "without",
      sort: "-created_at,name",
    });
  });

  it("puts the archived mode into the filter it sends, and leaves columns out", () => {
    const view = readView({ archived: "only", cols: "name,segment" });
    expect(listParamsOf(view)).toEqual({ filter: 'archived eq "only"', archived: "only", sort: "name" });
  });
});
