import { describe, expect, it } from "vitest";
import { clientKeys } from "./keys.ts";

describe("clientKeys", () => {
  it("builds a hierarchy under ['clients']", () => {
    const params = { sort: ["name"], pageSize: 50, filter: null, include: [] };
    expect(clientKeys.all).toEqual(["clients"]);
    expect(clientKeys.list(params)).toEqual(["clients", "list", params]);
    expect(clientKeys.detail("c1")).toEqual(["clients", "detail", "c1"]);
    expect(clientKeys.list(params).slice(0, 2)).toEqual(clientKeys.lists());
  });
});
