import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../backend/db/db.ts";
import { openTestDb } from "../../backend/db/test-db.ts";
import { parseCli } from "../cli.ts";
import { INTEGRATION_USER_ID } from "../config.ts";
import { migrate } from "../db/migrations.ts";
import { seed } from "../db/seed.ts";
import { firstFreeShortcode, shortcodeBase } from "../domain/shortcode.ts";

const dbs: Db[] = [];
async function seeded(clients: number, seedValue?: number) {
  const db = await openTestDb();
  dbs.push(db);
  await migrate(db);
  const counts = await seed(db, {
    clients,
    tokens: ["t"],
    ...(seedValue !== undefined ? { seed: seedValue } : {}),
  });
  return { db, counts };
}

const snapshot = async (db: Db) =>
  (
    await db.query(
      `select c.id, c.name, c.shortcode, c.segment, c.primary_contact_id, c.created_at::text, c.deleted_at::text,
         (select count(*)::int from projects p where p.client_id = c.id) as projects
       from clients c order by c.id limit 50`,
    )
  ).rows;

let a: Awaited<ReturnType<typeof seeded>>;
let b: Awaited<ReturnType<typeof seeded>>;
beforeAll(async () => {
  [a, b] = await Promise.all([seeded(250), seeded(250)]);
});
afterAll(async () => {
  await Promise.all(dbs.map((db) => db.close()));
});

describe("seed", () => {
  it("is deterministic: same arguments, same rows and ids", async () => {
    expect(a.counts).toEqual(b.counts);
    expect(await snapshot(a.db)).toEqual(await snapshot(b.db));
    const comments = "select id, task_id, parent_comment_id, body from comments order by id limit 20";
    expect((await a.db.query(comments)).rows).toEqual((await b.db.query(comments)).rows);
  });

  it("differs with another seed value", async () => {
    const other = await seeded(50, 7);
    expect((await snapshot(other.db))[0]).not.toEqual((await snapshot(a.db))[0]);
  });

  it("has the documented mix", async () => {
    const { rows } = await a.db.query(
      `select
        count(*)::int as total,
        count(*) filter (where deleted_at is not null)::int as archived,
        count(*) filter (where shortcode is null)::int as no_code,
        count(*) filter (where origin_space_id is not null)::int as shared,
        count(*) filter (where external_id is not null)::int as external,
        count(*) filter (where primary_contact_id is null)::int as no_contact,
        count(*) filter (where primary_contact_id = $1)::int as mine,
        count(*) filter (where updated_at < created_at)::int as bad_times,
        count(distinct segment)::int as segments
      from clients`,
      [INTEGRATION_USER_ID],
    );
    const mix = rows[0] ?? {};
    expect(mix.total).toBe(250);
    expect(Number(mix.archived)).toBeGreaterThan(8);
    expect(Number(mix.archived)).toBeLessThan(40);
    expect(Number(mix.no_code)).toBeGreaterThan(0);
    expect(Number(mix.shared)).toBeGreaterThan(3);
    expect(Number(mix.external)).toBeGreaterThan(20);
    expect(Number(mix.no_contact)).toBeGreaterThan(10);
    expect(Number(mix.mine)).toBeGreaterThan(3);
    expect(mix.bad_times).toBe(0);
    expect(mix.segments).toBe(3);
    const threads = await a.db.query(
      "select count(*)::int as replies from comments r join comments p on p.id = r.parent_comment_id where p.task_id = r.task_id",
    );
    expect(Number(threads.rows[0]?.replies)).toBeGreaterThan(0);
    const mentions = await a.db.query(
      "select count(*)::int as n from comments where body like '%<mention data-id=%'",
    );
    expect(Number(mentions.rows[0]?.n)).toBeGreaterThan(0);
    const files = await a.db.query("select count(*)::int as n from comment_files");
    expect(Number(files.rows[0]?.n)).toBeGreaterThan(0);
    const users = await a.db.query("select type, count(*)::int as n from users group by type order by type");
    expect(users.rows.map((r) => r.type)).toEqual(["guest", "integration", "tax_advisor", "user"]);
  });
});

describe("shortcodes", () => {
  it("derives uppercase letters from the name", () => {
    expect(shortcodeBase("Acme Labs")).toBe("ACMEL");
    expect(shortcodeBase("Café Olé & Sons")).toBe("CAFEOS");
    expect(shortcodeBase("O'Brien & Sons")).toBe("OBS");
    expect(shortcodeBase("1234")).toBe("CL");
  });

  it("picks the first free numeric suffix", () => {
    expect(firstFreeShortcode("ACME", [])).toBe("ACME");
    expect(firstFreeShortcode("ACME", ["acme", "ACME2", "ACMEX", "ACME02"])).toBe("ACME3");
  });
});

describe("CLI", () => {
  it("has the documented defaults", () => {
    expect(parseCli([], {})).toEqual({
      host: "127.0.0.1",
      port: 8787,
      data: ".emulator-data",
      clients: 2000,
      token: "dev-token",
      rateLimit: undefined,
      databaseUrl: undefined,
      corsOrigins: [],
      extensions: true,
      webhooksAnyHost: false,
      webhookDebounceMs: 1000,
      webhookBackoffMs: 1000,
    });
  });

  it("reads flags and DATABASE_URL", () => {
    const options = parseCli(
      ["--port", "9000", "--data", "memory", "--clients", "50", "--token", "t", "--rate-limit", "60"],
      { DATABASE_URL: "postgres://x" },
    );
    expect(options).toMatchObject({ port: 9000, data: "memory", clients: 50, token: "t", rateLimit: 60 });
    expect(options.databaseUrl).toBe("postgres://x");
    expect(() => parseCli(["--clients", "many"], {})).toThrow();
    expect(() => parseCli(["--bogus"], {})).toThrow();
    expect(parseCli(["--cors-origin", "https://a.example,http://localhost:3000"], {}).corsOrigins).toEqual([
      "https://a.example",
      "http://localhost:3000",
    ]);
    expect(parseCli([], { EMULATOR_CORS_ORIGINS: "https://b.example" }).corsOrigins).toEqual([
      "https://b.example",
    ]);
    expect(() => parseCli(["--cors-origin", "*"], {})).toThrow(/not an origin/);
    expect(() => parseCli(["--cors-origin", "https://a.example/path"], {})).toThrow(/not an origin/);
    const kanbertLike = parseCli(
      ["--no-extensions", "--webhooks-any-host", "--webhook-debounce-ms", "0", "--webhook-backoff-ms", "250"],
      {},
    );
    expect(kanbertLike).toMatchObject({
      extensions: false,
      webhooksAnyHost: true,
      webhookDebounceMs: 0,
      webhookBackoffMs: 250,
    });
    expect(() => parseCli(["--webhook-debounce-ms", "-1"], {})).toThrow();
  });
});
