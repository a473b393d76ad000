import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listClientsFull, updateClient } from "../../src/kanbert/clients.ts";
import { createHttpClient, type HttpClient } from "../../src/kanbert/http.ts";
import type { ClientFullData } from "../../src/kanbert/schemas.ts";
import { type Emulator, startEmulator, TOKEN } from "./harness.ts";

/**
 * The load of a bulk run (issue 17): 2,000 PATCHes from the dashboard's typed client, 4 in flight
 * at a time as the bulk queue sends them, each answered 200 — no 5xx, no lost write.
 */

const CLIENTS = 2_000;
const IN_FLIGHT = 4;

let emu: Emulator;
let http: HttpClient;
beforeAll(async () => {
  emu = await startEmulator({ clients: CLIENTS });
  http = createHttpClient({ baseUrl: "http://emulator/api/v1", token: TOKEN }, (url, init) =>
    Promise.resolve(emu.app.request(url, init)),
  );
});
afterAll(async () => {
  await emu.db.close();
});

async function walkAll(): Promise<ClientFullData[]> {
  const all: ClientFullData[] = [];
  let cursor: string | null = null;
  do {
    const page = await listClientsFull(http, { pageSize: 100, cursor, sort: ["name"], filter: null });
    all.push(...page.data);
    cursor = page.meta.next_cursor;
  } while (cursor !== null);
  return all;
}

describe("a bulk run's load", () => {
  it("2,000 PATCHes, 4 at a time: every one answered 200 and stored", { timeout: 300_000 }, async () => {
    const clients = await walkAll();
    const targets = [...clients, ...clients].slice(0, CLIENTS);
    expect(targets).toHaveLength(2_000);
    const errors: string[] = [];
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      while (next < targets.length) {
        const n = next++;
        const client = targets[n];
        if (!client) continue;
        const segment = client.segment === "C" ? "A" : "C";
        await updateClient(http, { key: client.id }, { segment }).catch((error: unknown) => {
          errors.push(`${client.id}: ${error instanceof Error ? error.message : String(error)}`);
        });
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `2,000 PATCHes, ${IN_FLIGHT} in flight: ${seconds.toFixed(1)} s, ${(2000 / seconds).toFixed(0)}/s`,
    );
    expect(errors).toEqual([]);
    const after = new Map((await walkAll()).map((client) => [client.id, client.segment]));
    for (const client of targets) expect(after.get(client.id)).toBe(client.segment === "C" ? "A" : "C");
  });
});
