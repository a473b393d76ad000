import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../backend/db/db.ts";
import { openPgliteWorker } from "../../backend/db/pglite-thread.ts";

let db: Db;
beforeAll(async () => {
  db = await openPgliteWorker();
  await db.exec(
    "create table items (n serial primary key, name text not null unique); create table log (n int)",
  );
});
afterAll(async () => {
  await db.close();
});

/** The longest pause of this thread's event loop while `work` runs (ms). */
async function longestPause(work: Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  try {
    await work;
  } finally {
    clearInterval(timer);
  }
  return Math.max(longest, performance.now() - last);
}

describe("PGlite in a worker thread", () => {
  it("answers parameterised queries with rows and affected counts", async () => {
    const inserted = await db.query("insert into items (name) values ($1), ($2) returning name", ["a", "b"]);
    expect(inserted.rows).toEqual([{ name: "a" }, { name: "b" }]);
    expect(inserted.affectedRows).toBe(2);
    const { rows } = await db.query("select count(*)::int as n from items where name = any($1::text[])", [
      ["a", "b", "z"],
    ]);
    expect(rows).toEqual([{ n: 2 }]);
  });

  it("keeps this thread's event loop free while a slow query runs", async () => {
    const started = performance.now();
    const slow = db.query("select count(*)::int as n from generate_series(1, 3000000) g where g % 7 = 0");
    const pause = await longestPause(slow);
    const took = performance.now() - started;
    expect((await slow).rows).toEqual([{ n: 428571 }]);
    // In-process PGlite holds the thread for the whole query (pause ≈ took); on a machine busy
    // with other work, timers may still be late by some ms, so compare with the query's own time.
    expect(pause).toBeLessThan(took / 4);
  });

  it("runs a transaction's statements in the order they were sent, and commits", async () => {
    const result = await db.transaction(async (tx) => {
      await Promise.all([1, 2, 3, 4, 5].map((n) => tx.query("insert into log (n) values ($1)", [n])));
      const { rows } = await tx.query("select count(*)::int as n from log");
      return rows[0];
    });
    expect(result).toEqual({ n: 5 });
    const { rows } = await db.query("select n from log order by ctid");
    expect(rows).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }, { n: 5 }]);
  });

  it("rolls back when the function throws, and rethrows its error", async () => {
    const failing = db.transaction(async (tx) => {
      await tx.query("insert into items (name) values ($1)", ["rolled back"]);
      throw new Error("changed my mind");
    });
    await expect(failing).rejects.toThrow("changed my mind");
    const { rows } = await db.query("select count(*)::int as n from items where name = $1", ["rolled back"]);
    expect(rows).toEqual([{ n: 0 }]);
  });

  it("keeps PostgreSQL's code, message and detail on errors, inside and outside transactions", async () => {
    const direct = await db.query("insert into items (name) values ('a')").catch((error: unknown) => error);
    expect(direct).toBeInstanceOf(Error);
    expect(direct).toMatchObject({
      code: "23505",
      message: 'duplicate key value violates unique constraint "items_name_key"',
      detail: "Key (name)=(a) already exists.",
    });
    const inTx = await db
      .transaction((tx) => tx.query("insert into items (name) values ('b')"))
      .catch((error: unknown) => error);
    expect(inTx).toMatchObject({ code: "23505", detail: "Key (name)=(b) already exists." });
    const syntax = await db.query("selec 1").catch((error: unknown) => error);
    expect(syntax).toMatchObject({ code: "42601" });
  });

  it("serves other queries after a failed statement inside a transaction", async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query("insert into items (name) values ('a')");
      }),
    ).rejects.toMatchObject({ code: "23505" });
    expect((await db.query("select 1 as one")).rows).toEqual([{ one: 1 }]);
  });

  it("keeps a data folder on disk across close and reopen", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kanbert-worker-"));
    try {
      const first = await openPgliteWorker({ dataDir: join(dir, "nested", "data") });
      await first.exec("create table kept (v text); insert into kept values ('still here')");
      await first.close();
      const second = await openPgliteWorker({ dataDir: join(dir, "nested", "data") });
      expect((await second.query("select v from kept")).rows).toEqual([{ v: "still here" }]);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("rejects queries after close with a clear error", async () => {
    const other = await openPgliteWorker();
    await other.close();
    await expect(other.query("select 1")).rejects.toThrow("the PGlite worker exited");
  }, 120_000);
});
