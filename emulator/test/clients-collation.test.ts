import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ClientFullPage } from "../../src/kanbert/clients.ts";
import { api, type Emulator, startEmulator } from "./harness.ts";

/**
 * Name and shortcode sort the way people read them ("Łódź" next to "Lodz", not after "Z"), the
 * same on PGlite and PostgreSQL, and keyset cursors stay exact over such names.
 */

let emu: Emulator;
const CLIENTS: readonly [name: string, shortcode: string][] = [
  ["Zürich Qxsort", "ZÜRICH-QX"],
  ["Łódź Qxsort", "ŁÓDŹ-QX"],
  ["apple Qxsort", "APPLE-QX"],
  ["Zeta Qxsort", "ZETA-QX"],
  ["Ábc Qxsort", "ÁBC-QX"],
  ["éclair Qxsort", "ÉCLAIR-QX"],
  ["Lodz Qxsort", "LODZ-QX"],
  ["Ørsted Qxsort", "ØRSTED-QX"],
  ["Ärzte Qxsort", "ÄRZTE-QX"],
  ["Zeta Qxsort", "ZETA2-QX"],
];
const FILTER = 'name endswith "Qxsort"';

beforeAll(async () => {
  emu = await startEmulator({ clients: 20 });
  for (const [name, shortcode] of CLIENTS) {
    const res = await emu.call("POST", api("/clients"), { body: { name, shortcode } });
    expect(res.status).toBe(201);
  }
});
afterAll(async () => {
  await emu.db.close();
});

const local = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search;
};

type Item = { name: string; shortcode: string | null; id: string };

async function onePage(sort: string): Promise<Item[]> {
  const res = await emu.get(api("/clients/full", { filter: FILTER, sort, "page[size]": 100 }));
  expect(res.status).toBe(200);
  return ClientFullPage.parse(res.body).data.map(({ name, shortcode, id }) => ({ name, shortcode, id }));
}

/** Forward through next cursors with pages of 3, then back from the last page through prev cursors. */
async function walk(sort: string): Promise<{ forward: Item[]; backward: Item[] }> {
  const forward: Item[] = [];
  let url: string | null = api("/clients/full", { filter: FILTER, sort, "page[size]": 3 });
  let last = url;
  while (url) {
    const page = ClientFullPage.parse((await emu.get(url)).body);
    forward.push(...page.data.map(({ name, shortcode, id }) => ({ name, shortcode, id })));
    last = url;
    url = page.meta.next_cursor_url ? local(page.meta.next_cursor_url) : null;
  }
  const pages: Item[][] = [];
  let back: string | null = last;
  while (back) {
    const page = ClientFullPage.parse((await emu.get(back)).body);
    pages.unshift(page.data.map(({ name, shortcode, id }) => ({ name, shortcode, id })));
    back = page.meta.prev_cursor_url ? local(page.meta.prev_cursor_url) : null;
  }
  return { forward, backward: pages.flat() };
}

describe("linguistic sort of names and shortcodes", () => {
  it("sorts names as people read them, accents next to their letter", async () => {
    expect((await onePage("name")).map((c) => c.name)).toEqual([
      "Ábc Qxsort",
      "apple Qxsort",
      "Ärzte Qxsort",
      "éclair Qxsort",
      "Lodz Qxsort",
      "Łódź Qxsort",
      "Ørsted Qxsort",
      "Zeta Qxsort",
      "Zeta Qxsort",
      "Zürich Qxsort",
    ]);
    expect((await onePage("-name")).map((c) => c.name)).toEqual([
      "Zürich Qxsort",
      "Zeta Qxsort",
      "Zeta Qxsort",
      "Ørsted Qxsort",
      "Łódź Qxsort",
      "Lodz Qxsort",
      "éclair Qxsort",
      "Ärzte Qxsort",
      "apple Qxsort",
      "Ábc Qxsort",
    ]);
  });

  it("sorts shortcodes the same way", async () => {
    expect((await onePage("shortcode")).map((c) => c.shortcode)).toEqual([
      "ÁBC-QX",
      "APPLE-QX",
      "ÄRZTE-QX",
      "ÉCLAIR-QX",
      "LODZ-QX",
      "ŁÓDŹ-QX",
      "ØRSTED-QX",
      "ZETA-QX",
      "ZETA2-QX",
      "ZÜRICH-QX",
    ]);
  });

  for (const sort of ["name", "-name", "shortcode", "-shortcode", "name,-shortcode", "-name,shortcode"]) {
    it(`keeps keyset cursors exact forward and backward for sort=${sort}`, async () => {
      const expected = await onePage(sort);
      expect(expected).toHaveLength(10);
      const { forward, backward } = await walk(sort);
      expect(forward).toEqual(expected);
      expect(backward).toEqual(expected);
    });
  }
});
