import { describe, expect, it } from "vitest";
import { encodeQuery, listQuery, lookupPath } from "./query.ts";

describe("encodeQuery", () => {
  it("encodes brackets in keys and commas in sort lists", () => {
    expect(encodeQuery({ "page[size]": 50, "page[cursor]": "abc", sort: ["-created_at", "name"] })).toBe(
      "page%5Bsize%5D=50&page%5Bcursor%5D=abc&sort=-created_at%2Cname",
    );
  });

  it("encodes quotes, ampersands and spaces in a filter exactly as the spec's wire example", () => {
    expect(encodeQuery({ filter: `name eq "O'Brien & Sons"` })).toBe(
      "filter=name%20eq%20%22O%27Brien%20%26%20Sons%22",
    );
  });

  it("encodes list brackets and single quotes", () => {
    expect(encodeQuery({ filter: "segment in ['A','C']" })).toBe(
      "filter=segment%20in%20%5B%27A%27%2C%27C%27%5D",
    );
  });

  it("encodes non-ASCII as UTF-8 percent escapes", () => {
    expect(encodeQuery({ filter: 'name contains "Müller"' })).toBe(
      "filter=name%20contains%20%22M%C3%BCller%22",
    );
  });

  it("drops undefined, null and empty lists but keeps an explicit empty string", () => {
    expect(encodeQuery({ a: undefined, b: null, c: [], d: "" })).toBe("d=");
  });

  it("escapes parentheses, asterisks and plus signs", () => {
    expect(encodeQuery({ filter: "projects any (name like 'a*')", x: "1+1" })).toBe(
      "filter=projects%20any%20%28name%20like%20%27a%2A%27%29&x=1%2B1",
    );
  });
});

describe("listQuery", () => {
  it("maps list params to the API's parameter names and omits the empty ones", () => {
    expect(encodeQuery(listQuery({ pageSize: 50, sort: ["name"], include: ["projects"], filter: "" }))).toBe(
      "page%5Bsize%5D=50&sort=name&include=projects",
    );
  });

  it("sends the cursor of the next page", () => {
    expect(encodeQuery(listQuery({ cursor: "eyJpZCI6MX0=", filter: "name eq 'a'" }))).toBe(
      "page%5Bcursor%5D=eyJpZCI6MX0%3D&filter=name%20eq%20%27a%27",
    );
  });
});

describe("lookupPath", () => {
  it("sends find_by only when it is not the default", () => {
    expect(lookupPath({ key: "c 1" })).toEqual({
      segment: "c%201",
      query: { find_by: undefined, origin: undefined },
    });
  });

  it("sends origin only with find_by=external_id", () => {
    expect(encodeQuery(lookupPath({ key: "CRM-1", findBy: "external_id", origin: "hubspot" }).query)).toBe(
      "find_by=external_id&origin=hubspot",
    );
    expect(encodeQuery(lookupPath({ key: "ACME", findBy: "shortcode", origin: "hubspot" }).query)).toBe(
      "find_by=shortcode",
    );
  });
});
