import { describe, expect, it } from "vitest";
import { compileListFilter } from "../../../backend/filter/compile-list.ts";
import { FROZEN_NOW, ME_ID } from "../../../src/filter/__tests__/fixture.ts";
import { vectors } from "../../../src/filter/__tests__/vectors.ts";
import { A33_FORM_PAIRS } from "./a33-form.ts";
import { fixtureAppForFile, Message, Page, url } from "./http-harness.ts";
import { ENDPOINTS } from "./run-sql.ts";

/** Every clients vector (A*, B*, C*) through HTTP, by DSL text and by JSON; A33 form-encoded. */

const { get } = fixtureAppForFile();

const clientVectors = vectors.filter((v) => v.endpoint === "clients/full" || v.endpoint === "clients");

describe.each(clientVectors)("GET /$endpoint — vector $id", (vector) => {
  const texts = [...vector.dsl, ...(vector.json ?? []).map((json) => JSON.stringify(json))];
  it.each(texts)("filter=%s", async (text) => {
    const answer = await get(
      url(vector.endpoint, [
        ["filter", text],
        ["page[size]", "100"],
      ]),
    );
    if (vector.expect === 400) {
      const compiled = compileListFilter({ text }, ENDPOINTS[vector.endpoint].filter, {
        now: new Date(FROZEN_NOW),
        meId: ME_ID,
      });
      expect(compiled.ok).toBe(false);
      expect(answer).toEqual({ status: 400, body: { message: compiled.ok ? "" : compiled.message } });
      Message.parse(answer.body);
      return;
    }
    expect(answer.status).toBe(200);
    const ids = Page.parse(answer.body).data.map((row) => row.id);
    expect(ids.sort()).toEqual([...vector.expect].sort());
  });
});

describe("exact 400 messages", () => {
  it.each([
    ["clients", "segment eq 'A'", "Invalid filter at position 0: unknown field 'segment' on GET /clients"],
    [
      "clients/full",
      "archived eq 'maybe'",
      `Invalid filter at position 12: "maybe" is not a valid value for 'archived' — use one of with, only, without`,
    ],
    [
      "clients/full",
      "name eq 'Acme' and (segment eq 'A'",
      "Invalid filter at position 34: missing ')' to close the '(' at 19",
    ],
    [
      "clients/full",
      "archived eq 'with' or name eq 'x'",
      "Invalid filter at position 0: 'archived' may only be a condition of the top-level 'and' (not inside 'or' or a relation)",
    ],
  ])("%s: %s", async (path, text, message) => {
    expect(await get(url(path, [["filter", text]]))).toEqual({ status: 400, body: { message } });
  });
});

describe("A33 form-encoded", () => {
  it("returns c6", async () => {
    const answer = await get(url("clients/full", A33_FORM_PAIRS));
    expect(Page.parse(answer.body).data.map((row) => row.id)).toEqual(["c6"]);
  });
  it("list values and a bad operator", async () => {
    const list = await get(
      url("clients/full", [
        ["filter[0][field]", "segment"],
        ["filter[0][op]", "in"],
        ["filter[0][value][]", "A"],
        ["filter[0][value][]", "C"],
      ]),
    );
    expect(
      Page.parse(list.body)
        .data.map((row) => row.id)
        .sort(),
    ).toEqual(["c1", "c3"]);
    const bad = await get(
      url("clients/full", [
        ["filter[0][field]", "segment"],
        ["filter[0][op]", "like!"],
        ["filter[0][value]", "A"],
      ]),
    );
    expect(bad).toEqual({
      status: 400,
      body: { message: "Invalid filter: filter[0].op: unknown operator 'like!' — did you mean 'like'?" },
    });
  });
});
