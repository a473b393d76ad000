import { describe, expect, it } from "vitest";
import { fingerprint } from "../../../backend/sql/cursor.ts";
import { runFilter } from "../../../src/filter/__tests__/run-vector.ts";
import { cond, type FilterNode, print, toJson } from "../../../src/filter/index.ts";
import { type Answer, fixtureAppForFile, Message, Page, url } from "./http-harness.ts";

/** Hostile input through HTTP: right rows or 400 — never 500, never rows that do not match. */

const { db, get } = fixtureAppForFile();

const NASTY = [
  "'; drop table clients; --",
  '" or 1=1 --',
  "%",
  "_",
  "\\",
  "50%",
  "O'Brien",
  "o'brien & sons",
  "acme%corp",
  "日本語 🚀",
  "x".repeat(10_000),
  "$1",
  "::text",
];

const idsOf = (answer: Answer) =>
  Page.parse(answer.body)
    .data.map((row) => row.id)
    .sort();

async function expectRows(path: "clients" | "clients/full", ast: FilterNode): Promise<void> {
  for (const text of [print(ast), JSON.stringify(toJson(ast))]) {
    const answer = await get(
      url(path, [
        ["filter", text],
        ["page[size]", "100"],
      ]),
    );
    expect(answer.status, text.slice(0, 80)).toBe(200);
    expect(idsOf(answer)).toEqual(runFilter(path, ast).sort());
  }
}

describe("hostile filter values", () => {
  it("select exactly the matching rows", async () => {
    for (const value of NASTY) {
      for (const op of ["eq", "ne", "contains", "startswith", "endswith", "like"] as const) {
        await expectRows("clients/full", cond("name", op, value));
        await expectRows("clients", cond("shortcode", op, value));
      }
      await expectRows("clients/full", cond("name", "in", [value, "Globex"]));
      await expectRows("clients/full", cond("primary_contact.id", "nin", [value]));
    }
    const { rows } = await db().query("select count(*)::int as n from clients");
    expect(rows[0]?.n).toBe(6);
  });

  it("NUL and broken unicode → 400", async () => {
    for (const text of ['name eq "a\u0000"', '[{"field":"name","op":"eq","value":"\\ud800"}]']) {
      const answer = await get(url("clients/full", [["filter", text]]));
      expect(answer.status).toBe(400);
      Message.parse(answer.body);
    }
  });
});

const rejected = async (path: string, pairs: [string, string][]) => {
  const answer = await get(url(path, pairs));
  expect(answer.status, JSON.stringify(pairs).slice(0, 120)).toBe(400);
  Message.parse(answer.body);
};

describe("hostile field names, sort keys and cursors → 400", () => {
  it("field names", async () => {
    const names = [
      "__proto__",
      "constructor",
      "toString",
      "c.name",
      "name;drop",
      "name) or (1=1",
      "projects.p",
      "x".repeat(5_000),
    ];
    for (const field of names) {
      await rejected("clients/full", [["filter", JSON.stringify([{ field, op: "eq", value: "x" }])]]);
      await rejected("clients/full", [
        ["filter[0][field]", field],
        ["filter[0][op]", "eq"],
        ["filter[0][value]", "x"],
      ]);
    }
    for (const text of [
      "name; drop table clients eq 'x'",
      "1=1",
      "name eq 'x' or 1=1",
      "(((((",
      "name eq 'x' --",
    ]) {
      await rejected("clients/full", [["filter", text]]);
    }
  });

  it("sort keys", async () => {
    for (const sort of [
      "__proto__",
      "constructor",
      "name;drop table clients",
      "c.name",
      "name desc",
      "-",
      "name,,id",
      "x".repeat(5_000),
    ]) {
      await rejected("clients/full", [["sort", sort]]);
    }
  });

  it("cursors: garbage, forged, and issued for another filter or sort", async () => {
    const first = Page.parse(
      (
        await get(
          url("clients/full", [
            ["filter", "name contains 'a'"],
            ["page[size]", "1"],
          ]),
        )
      ).body,
    );
    const cursor = first.meta.next_cursor ?? "";
    expect(cursor).not.toBe("");
    const ok = await get(
      url("clients/full", [
        ["filter", '[{"field":"name","op":"contains","value":"a"}]'],
        ["page[size]", "1"],
        ["page[cursor]", cursor],
      ]),
    );
    expect(ok.status).toBe(200);
    await rejected("clients/full", [
      ["filter", "name contains 'b'"],
      ["page[cursor]", cursor],
    ]);
    await rejected("clients/full", [
      ["filter", "name contains 'a'"],
      ["sort", "name"],
      ["page[cursor]", cursor],
    ]);
    await rejected("clients/full", [
      ["filter", "name contains 'a' and archived eq 'with'"],
      ["page[cursor]", cursor],
    ]);
    await rejected("clients", [
      ["filter", "name contains 'a'"],
      ["page[cursor]", cursor],
    ]);
    for (const bad of ["'; drop table clients; --", "%00", "x".repeat(10_000), `${cursor}x`, "eyJ9"]) {
      await rejected("clients/full", [
        ["filter", "name contains 'a'"],
        ["page[cursor]", bad],
      ]);
    }
  });

  it("cursors forged with the right fingerprint and hostile values never 500", async () => {
    const filter = 'name contains "a"';
    const forge = (sort: string, k: unknown[], i: unknown) => {
      const f = fingerprint(["GET /clients/full", sort, filter, "without"]);
      return Buffer.from(JSON.stringify({ d: "n", k, i, f }), "utf8").toString("base64url");
    };
    const cases: [string, unknown[], unknown][] = [
      ["", [], "'; drop table clients; --"],
      ["", [], "a\u0000"],
      ["", [], "\ud800"],
      ["name", ["a\u0000"], "c1"],
      ["name", ["'; drop table clients; --"], "c1"],
      ["created_at", ["2025-02-30T00:00:00Z"], "c1"],
      ["created_at", ["0000-01-01T00:00:00Z"], "c1"],
      ["created_at", ["9999999-01-01T00:00:00Z"], "c1"],
      ["shortcode", [null], "c1"],
    ];
    for (const [sort, k, i] of cases) {
      const pairs: [string, string][] = [
        ["filter", filter],
        ["page[cursor]", forge(sort, k, i)],
      ];
      if (sort !== "") pairs.push(["sort", sort]);
      const answer = await get(url("clients/full", pairs));
      expect([200, 400], JSON.stringify([sort, k, i])).toContain(answer.status);
      if (answer.status === 200) {
        const expected = runFilter("clients/full", cond("name", "contains", "a"));
        expect(idsOf(answer).every((id) => expected.includes(id))).toBe(true);
      }
    }
  });
});
