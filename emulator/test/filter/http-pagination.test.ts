import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, type Emulator, startEmulator } from "../harness.ts";
import { Page } from "./http-harness.ts";

/** Walking cursors with a filter returns every matching row exactly once, in order, both ways. */

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ clients: 300 });
});
afterAll(async () => {
  await emu.db.close();
});

const CASES: readonly (readonly [filter: string, sql: string])[] = [
  ['segment in ["A", "C"]', "deleted_at is null and segment in ('A', 'C')"],
  [
    'archived eq "with" and projects any (status eq "running")',
    "exists (select 1 from projects p where p.client_id = c.id and p.status = 'running')",
  ],
  ['name contains "a" or shortcode isnull', "deleted_at is null and (name ilike '%a%' or shortcode is null)"],
];
const SORTS = ["", "name", "-name", "shortcode", "-shortcode", "-created_at"];
// Name and shortcode sort in ICU's root collation (emulator/README.md).
const COLUMN: Readonly<Record<string, string>> = {
  name: 'name collate "und-x-icu"',
  shortcode: 'shortcode collate "und-x-icu"',
  created_at: "created_at",
};

async function expectedIds(where: string, sort: string): Promise<string[]> {
  const key = sort.replace(/^-/, "");
  const desc = sort.startsWith("-") ? " desc" : "";
  const order = key === "" ? "id" : `${COLUMN[key]}${desc}, id${desc}`;
  const { rows } = await emu.db.query(`select id from clients c where ${where} order by ${order}`);
  return rows.map((row) => String(row.id));
}

async function walk(filter: string, sort: string, size: number) {
  const query = { filter, "page[size]": size, ...(sort === "" ? {} : { sort }) };
  const forward: string[] = [];
  const pages: { prev: string | null }[] = [];
  let cursor: string | null = null;
  do {
    const res = await emu.get(
      api("/clients/full", cursor === null ? query : { ...query, "page[cursor]": cursor }),
    );
    const page = Page.parse(res.body);
    forward.push(...page.data.map((row) => row.id));
    pages.push({ prev: page.meta.prev_cursor });
    cursor = page.meta.next_cursor;
  } while (cursor !== null);
  const backward: string[] = [];
  let prev = pages[pages.length - 1]?.prev ?? null;
  while (prev !== null) {
    const page = Page.parse((await emu.get(api("/clients/full", { ...query, "page[cursor]": prev }))).body);
    backward.unshift(...page.data.map((row) => row.id));
    prev = page.meta.prev_cursor;
  }
  return { forward, backward };
}

describe.each(CASES)("filter %s", (filter, sql) => {
  it.each(SORTS)("sort '%s': each row once, in order, forward and backward", async (sort) => {
    const expected = await expectedIds(sql, sort);
    expect(expected.length).toBeGreaterThan(20);
    const { forward, backward } = await walk(filter, sort, 7);
    expect(forward).toEqual(expected);
    const lastPage = expected.length % 7 === 0 ? 7 : expected.length % 7;
    expect(backward).toEqual(expected.slice(0, expected.length - lastPage));
  });
});

describe("GET /tasks sub_tasks_in_list", () => {
  beforeAll(async () => {
    // The seed makes no sub-tasks: turn three tasks into sub-tasks of the first one.
    await emu.db.query(
      `update tasks set parent_task_id = (select min(id) from tasks)
       where id in (select id from tasks order by id desc limit 3)`,
    );
  });
  it.each([
    ["only", "parent_task_id is not null"],
    ["without", "parent_task_id is null"],
    ["with", "true"],
  ])("%s", async (mode, sql) => {
    const { rows } = await emu.db.query(`select count(*)::int as n from tasks where ${sql}`);
    const expected = Number(rows[0]?.n);
    expect(expected).toBeGreaterThan(0);
    let seen = 0;
    let cursor: string | null = null;
    do {
      const query: Record<string, string | number> = {
        filter: `sub_tasks_in_list eq "${mode}"`,
        "page[size]": 100,
      };
      if (cursor !== null) query["page[cursor]"] = cursor;
      const res = await emu.get(api("/tasks", query));
      expect(res.status).toBe(200);
      const page = Page.parse(res.body);
      seen += page.data.length;
      cursor = page.meta.next_cursor;
    } while (cursor !== null);
    expect(seen).toBe(expected);
  });
});
