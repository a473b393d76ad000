import { openTestDb } from "../../backend/db/test-db.ts";
import { createApp } from "../app.ts";
import { INTEGRATION_USER_ID } from "../config.ts";
import { migrate } from "../db/migrations.ts";
import { seed } from "../db/seed.ts";
import type { WebhookOptions } from "../webhooks/dispatcher.ts";

export const TOKEN = "test-token";
export const CLOCK = new Date("2026-11-20T12:00:00.000Z");

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

/** A fresh database (see test-db.ts), migrated and seeded, with the app on top (no socket). Close `db` in afterAll. */
export async function startEmulator(
  options: {
    clients?: number;
    rateLimit?: number;
    extensions?: boolean;
    webhooks?: Partial<WebhookOptions>;
    tokens?: Record<string, string>;
  } = {},
) {
  const db = await openTestDb();
  await migrate(db);
  await seed(db, { clients: options.clients ?? 120, tokens: [TOKEN] });
  let now = CLOCK.getTime();
  const app = createApp({
    db,
    tokens: { "extra-token": INTEGRATION_USER_ID, ...options.tokens },
    ...(options.extensions !== undefined ? { extensions: options.extensions } : {}),
    ...(options.webhooks ? { webhooks: options.webhooks } : {}),
    now: () => new Date(now),
    ...(options.rateLimit !== undefined ? { rateLimit: options.rateLimit } : {}),
  });

  async function call(
    method: string,
    path: string,
    init: { body?: unknown; token?: string | null; headers?: Record<string, string> } = {},
  ): Promise<Answer> {
    const headers: Record<string, string> = { ...init.headers };
    const token = init.token === undefined ? TOKEN : init.token;
    if (token !== null) headers.Authorization = `Bearer ${token}`;
    let body: string | undefined;
    if (init.body !== undefined) {
      headers["Content-Type"] = "application/json";
      body = typeof init.body === "string" ? init.body : JSON.stringify(init.body);
    }
    const response = await app.request(path, { method, headers, ...(body !== undefined ? { body } : {}) });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text === "" ? null : JSON.parse(text),
    };
  }

  return {
    db,
    app,
    call,
    get: (path: string, token?: string | null) => call("GET", path, token === undefined ? {} : { token }),
    /** Moves the injected clock forward. */
    tick: (ms = 1000) => {
      now += ms;
    },
  };
}

export type Emulator = Awaited<ReturnType<typeof startEmulator>>;

/** `/api/v1` + path with a query built from pairs (encoded like the dashboard does). */
export function api(path: string, query: Record<string, string | number> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) search.set(key, String(value));
  const text = search.toString();
  return `/api/v1${path}${text ? `?${text}` : ""}`;
}
