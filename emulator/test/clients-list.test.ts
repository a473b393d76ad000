import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ClientFullPage, ClientPage } from "../../src/kanbert/clients.ts";
import { MessageBody, ValidationErrorBody } from "../../src/kanbert/schemas.ts";
import { INTEGRATION_USER_ID } from "../config.ts";
import { api, type Emulator, startEmulator } from "./harness.ts";

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ clients: 150 });
  // Ties on every key and a NULL-shortcode group, so tie-breaking and NULL handling are exercised.
  for (let i = 0; i < 9; i++) {
    await emu.db.query(
      `insert into clients (id, name, shortcode, segment, created_at, updated_at, deleted_at)
       values ($1, 'Tie Breaker', $2, 'B', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', $3)`,
      [`tie-${i}`, i % 3 === 0 ? null : `TIE${i}`, i === 4 ? "2025-02-01T00:00:00Z" : null],
    );
  }
});
afterAll(async () => {
  await emu.db.close();
});

// Name and shortcode sort linguistically (ICU root collation), the same on PGlite and PostgreSQL.
const COLUMN: Record<string, string> = {
  name: 'name collate "und-x-icu"',
  shortcode: 'shortcode collate "und-x-icu"',
  created_at: "created_at",
};

/** The order the API promises, straight from SQL: keys, then id in the last key's direction. */
async function expectedIds(sort: string): Promise<string[]> {
  const items = sort
    .split(",")
    .map((s) => ({ column: COLUMN[s.replace(/^-/, "")], desc: s.startsWith("-") }));
  const last = items[items.length - 1];
  const order = [...items, { column: "id", desc: last?.desc ?? false }]
    .map((k) => `${k.column}${k.desc ? " desc" : ""}`)
    .join(", ");
  const { rows } = await emu.db.query(`select id from clients where deleted_at is null order by ${order}`);
  return rows.map((r) => String(r.id));
}

const local = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search;
};

async function walk(path: string, sort: string, size: number) {
  const forward: string[] = [];
  let url: string | null = api(path, { sort, "page[size]": size });
  let pages = 0;
  let lastUrl = url;
  while (url) {
    const res = await emu.get(url);
    expect(res.status).toBe(200);
    const page = ClientPage.parse(res.body);
    expect(page.data.length).toBeLessThanOrEqual(size);
    if (pages > 0) expect(page.meta.prev_cursor).not.toBeNull();
    forward.push(...page.data.map((c) => c.id));
    lastUrl = url;
    url = page.meta.next_cursor_url ? local(page.meta.next_cursor_url) : null;
    pages++;
  }
  // And back again from the last page through prev cursors.
  const backward: string[][] = [];
  let back: string | null = lastUrl;
  while (back) {
    const page = ClientPage.parse((await emu.get(back)).body);
    backward.unshift(page.data.map((c) => c.id));
    back = page.meta.prev_cursor_url ? local(page.meta.prev_cursor_url) : null;
  }
  return { forward, backward: backward.flat(), pages };
}

describe("pagination walks", () => {
  const sorts = [
    "name",
    "-name",
    "shortcode",
    "-shortcode",
    "created_at",
    "-created_at",
    "-created_at,name",
    "shortcode,-name",
    "-shortcode,created_at",
    "name,shortcode",
  ];
  for (const sort of sorts) {
    it(`returns every row exactly once for sort=${sort}`, async () => {
      const expected = await expectedIds(sort);
      const { forward, backward, pages } = await walk("/clients/full", sort, 11);
      expect(pages).toBe(Math.ceil(expected.length / 11));
      expect(new Set(forward).size).toBe(forward.length);
      expect(forward).toEqual(expected);
      expect(backward).toEqual(expected);
    });
  }

  it("walks the basic list too (never archived)", async () => {
    const expected = await expectedIds("-shortcode");
    const { forward } = await walk("/clients", "-shortcode", 13);
    expect(forward).toEqual(expected);
    expect(forward).not.toContain("tie-4");
  });

  it("orders by id without a sort", async () => {
    const { rows } = await emu.db.query(
      "select id from clients where deleted_at is null order by id limit 30",
    );
    const page = ClientFullPage.parse((await emu.get(api("/clients/full"))).body);
    expect(page.data.map((c) => c.id)).toEqual(rows.map((r) => r.id));
  });
});

describe("envelope and rows", () => {
  it("returns ClientFullData with the SPEC §3 meta", async () => {
    const res = await emu.get(api("/clients/full", { sort: "name", "page[size]": 5 }));
    expect(res.status).toBe(200);
    const page = ClientFullPage.parse(res.body);
    expect(page.links).toEqual([]);
    expect(page.meta.per_page).toBe(5);
    expect(page.meta.path).toBe("http://localhost/api/v1/clients/full");
    expect(page.meta.prev_cursor).toBeNull();
    expect(page.meta.prev_cursor_url).toBeNull();
    const next = new URL(page.meta.next_cursor_url ?? "");
    expect(next.searchParams.get("page[cursor]")).toBe(page.meta.next_cursor);
    expect(next.searchParams.get("sort")).toBe("name");
    expect(page.data[0]?.projects).toBeUndefined();
  });

  it("never shows archived clients by default", async () => {
    const { rows } = await emu.db.query(
      "select count(*)::int as n from clients where deleted_at is not null",
    );
    expect(Number(rows[0]?.n)).toBeGreaterThan(0);
    const all = await walk("/clients/full", "name", 100);
    const { rows: active } = await emu.db.query(
      "select count(*)::int as n from clients where deleted_at is null",
    );
    expect(all.forward.length).toBe(Number(active[0]?.n));
  });

  it("includes projects on request, and rejects unknown includes", async () => {
    const res = await emu.get(api("/clients/full", { include: "projects", "page[size]": 100 }));
    const page = ClientFullPage.parse(res.body);
    expect(page.data.every((c) => Array.isArray(c.projects))).toBe(true);
    const withProjects = page.data.filter((c) => (c.projects?.length ?? 0) > 0);
    expect(withProjects.length).toBeGreaterThan(10);
    const { rows } = await emu.db.query("select count(*)::int as n from projects where client_id = $1", [
      withProjects[0]?.id,
    ]);
    expect(withProjects[0]?.projects).toHaveLength(Number(rows[0]?.n));
    for (const include of ["tasks", "projects,", "Projects"]) {
      const bad = await emu.get(api("/clients/full", { include }));
      expect(bad.status).toBe(400);
      MessageBody.parse(bad.body);
    }
    expect((await emu.get(api("/clients", { include: "projects" }))).status).toBe(400);
  });

  it("shows shared clients, external ids and the integration user's clients", async () => {
    const rows = (await walk("/clients", "name", 100)).forward;
    expect(rows.length).toBeGreaterThan(100);
    const page = ClientPage.parse((await emu.get(api("/clients", { "page[size]": 100 }))).body);
    expect(page.data.some((c) => c.origin_space !== null)).toBe(true);
    expect(page.data.some((c) => c.external_id !== null && c.external_origin !== null)).toBe(true);
    expect(page.data.some((c) => c.primary_contact?.id === INTEGRATION_USER_ID)).toBe(true);
    expect(page.data.some((c) => c.primary_contact === null)).toBe(true);
  });
});

describe("parameter validation", () => {
  it("rejects page sizes outside 1..100 and non-integers with 422", async () => {
    for (const size of ["0", "-3", "101", "abc", "2.5", ""]) {
      const res = await emu.get(`${api("/clients/full")}?page%5Bsize%5D=${encodeURIComponent(size)}`);
      expect(res.status, `page[size]=${size}`).toBe(422);
      const body = ValidationErrorBody.parse(res.body);
      expect(body.errors["page.size"]?.[0]).toBe(body.message);
    }
    const ok = ClientPage.parse((await emu.get(api("/clients", { "page[size]": 100 }))).body);
    expect(ok.data).toHaveLength(100);
  });

  it("rejects empty, unknown and repeated sort keys with 400", async () => {
    for (const sort of ["", "name,", ",name", "-", "--name", "created_at", "name,-name", "segment"]) {
      const res = await emu.get(api("/clients", { sort }));
      expect(res.status, `sort=${sort}`).toBe(400);
      MessageBody.parse(res.body);
    }
    expect((await emu.get(api("/clients/full", { sort: "created_at" }))).status).toBe(200);
  });

  it("compiles filters (details in emulator/test/filter) and rejects malformed ones with 400", async () => {
    for (const path of ["/clients", "/clients/full"]) {
      const ok = await emu.get(`/api/v1${path}?filter=name%20contains%20"a"`);
      expect(ok.status).toBe(200);
      const bad = await emu.get(`/api/v1${path}?filter%5B0%5D%5Bfield%5D=name&filter%5B0%5D%5Bop%5D=eq`);
      expect(bad.status).toBe(400);
      MessageBody.parse(bad.body);
    }
    expect((await emu.get(api("/clients", { filter: "" }))).status).toBe(200);
  });
});

describe("cursors", () => {
  async function firstCursor(sort: string): Promise<string> {
    const page = ClientFullPage.parse((await emu.get(api("/clients/full", { sort, "page[size]": 5 }))).body);
    if (!page.meta.next_cursor) throw new Error("no next cursor");
    return page.meta.next_cursor;
  }

  it("rejects a tampered or garbage cursor with 400", async () => {
    const cursor = await firstCursor("name");
    const decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    const forged = Buffer.from(JSON.stringify({ ...decoded, f: "x" }), "utf8").toString("base64url");
    const wrongShape = Buffer.from(JSON.stringify({ ...decoded, k: [] }), "utf8").toString("base64url");
    for (const bad of [
      "garbage!",
      "abc",
      forged,
      wrongShape,
      `${cursor}x`,
      Buffer.from("[]").toString("base64url"),
    ]) {
      const res = await emu.get(api("/clients/full", { sort: "name", "page[size]": 5, "page[cursor]": bad }));
      expect(res.status, bad).toBe(400);
      MessageBody.parse(res.body);
    }
  });

  it("rejects a cursor reused with another sort or endpoint", async () => {
    const cursor = await firstCursor("name");
    const other = await emu.get(api("/clients/full", { sort: "-name", "page[cursor]": cursor }));
    expect(other.status).toBe(400);
    const basic = await emu.get(api("/clients", { sort: "name", "page[cursor]": cursor }));
    expect(basic.status).toBe(400);
    const same = await emu.get(api("/clients/full", { sort: "name", "page[cursor]": cursor }));
    expect(same.status).toBe(200);
  });

  it("rejects a created_at cursor whose value is not a timestamp", async () => {
    const cursor = await firstCursor("created_at");
    const decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    const forged = Buffer.from(JSON.stringify({ ...decoded, k: ["yesterday"] }), "utf8").toString(
      "base64url",
    );
    const res = await emu.get(api("/clients/full", { sort: "created_at", "page[cursor]": forged }));
    expect(res.status).toBe(400);
  });
});
