import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../backend/db/db.ts";
import { openTestDb } from "../../../backend/db/test-db.ts";
import { createApp } from "../../../emulator/app.ts";
import { INTEGRATION_USER_ID } from "../../../emulator/config.ts";
import { migrate } from "../../../emulator/db/migrations.ts";
import { seed } from "../../../emulator/db/seed.ts";
import { createHttpClient, type FetchLike } from "../../../src/kanbert/http.ts";
import { migrateMirror } from "../schema.ts";
import { listSecrets } from "../store.ts";
import { type MirrorKanbert, status, subscribe, unsubscribe } from "../subscribe.ts";

// Kanbert is the real emulator (its Hono app, no socket); the mirror's store is its own database.
let kanbertDb: Db;
let store: Db;
let emulator: ReturnType<typeof createApp>;
const RECEIVER = "http://127.0.0.1:8881/webhooks/kanbert";

beforeAll(async () => {
  kanbertDb = await openTestDb();
  await migrate(kanbertDb);
  await seed(kanbertDb, { clients: 4, tokens: [] });
  emulator = createApp({ db: kanbertDb, tokens: { "integration-token": INTEGRATION_USER_ID } });
  store = await openTestDb();
  await migrateMirror(store);
}, 240_000);
afterAll(async () => {
  emulator.webhooks.close();
  await store.close();
  await kanbertDb.close();
});

const viaEmulator: FetchLike = async (url, init) => emulator.request(url, init);

function kanbert(options: { token?: string; fetch?: FetchLike; probe?: boolean } = {}): MirrorKanbert {
  return {
    http: createHttpClient(
      { baseUrl: "http://kanbert.test/api/v1", token: options.token ?? "integration-token" },
      options.fetch ?? viaEmulator,
    ),
    db: store,
    receiverUrl: RECEIVER,
    probe: async () => options.probe ?? true,
  };
}

async function projectCount(): Promise<number> {
  const { rows } = await kanbertDb.query("select count(*)::int as n from projects");
  const n = rows[0]?.n;
  return typeof n === "number" ? n : -1;
}

describe("npm run mirror -- subscribe", () => {
  it("says so when the token is rejected, Kanbert is unreachable or the receiver is, and changes nothing", async () => {
    await expect(subscribe(kanbert({ token: "wrong" }))).rejects.toThrow(
      "Kanbert rejected KANBERT_TOKEN (401)",
    );
    const offline: FetchLike = () => Promise.reject(new TypeError("fetch failed"));
    await expect(subscribe(kanbert({ fetch: offline }))).rejects.toThrow(
      "Cannot reach Kanbert at http://kanbert.test/api/v1",
    );
    await expect(subscribe(kanbert({ probe: false }))).rejects.toThrow("Subscriptions are unchanged");
    expect(await listSecrets(store)).toEqual([]);
    expect((await status(kanbert())).hooks).toEqual([]);
  });

  it("subscribes every project once and stores each secret; a second run adds only new projects", async () => {
    const projects = await projectCount();
    expect(projects).toBeGreaterThan(1);
    const first = await subscribe(kanbert());
    expect(first.created).toHaveLength(projects);
    const secrets = await listSecrets(store);
    expect(secrets).toHaveLength(projects);
    expect(secrets.every((s) => /^[0-9a-f]{64}$/.test(s.secret) && s.source === "subscribe")).toBe(true);

    const again = await subscribe(kanbert());
    expect(again.created).toHaveLength(0);
    expect(again.kept).toBe(projects);

    const state = await status(kanbert());
    expect(state.hooks).toHaveLength(projects);
    expect(
      state.hooks.every((line) => line.secretStored && line.webhook.events.includes("comment:update")),
    ).toBe(true);
  });

  it("skips a project that vanishes while subscribing, with a message", async () => {
    await kanbertDb.query(
      `insert into projects (id, client_id, title, shortcode, status, created_at, updated_at)
       select 'p-new', id, 'Brand new', 'NEW', 'running', now(), now() from clients limit 1`,
    );
    await kanbertDb.query(
      `insert into projects (id, client_id, title, shortcode, status, created_at, updated_at)
       select 'p-gone', id, 'Short-lived', 'GONE', 'running', now(), now() from clients limit 1`,
    );
    // Between listing and creating, p-gone is removed in Kanbert.
    const racing: FetchLike = async (url, init) => {
      if (init.method === "POST" && String(init.body).includes('"p-gone"'))
        await kanbertDb.query("delete from projects where id = 'p-gone'");
      return emulator.request(url, init);
    };
    const report = await subscribe(kanbert({ fetch: racing }));
    expect(report.created.map((p) => p.id)).toEqual(["p-new"]);
    expect(report.skipped.join(" ")).toContain('Project "Short-lived" (p-gone) vanished');
  });

  it("unsubscribe removes this mirror's subscriptions and their secrets", async () => {
    const removed = await unsubscribe(kanbert());
    expect(removed).toBe(await projectCount());
    expect((await status(kanbert())).hooks).toEqual([]);
    expect(await listSecrets(store)).toEqual([]);
  });
});
