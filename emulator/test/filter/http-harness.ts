import { afterAll, beforeAll } from "vitest";
import { z } from "zod";
import type { Db } from "../../../backend/db/db.ts";
import { FROZEN_NOW, ME_ID } from "../../../src/filter/__tests__/fixture.ts";
import { createApp } from "../../app.ts";
import { openFixtureDb } from "./fixture-db.ts";

interface FixtureApp {
  db: Db;
  get: (path: string) => Promise<Answer>;
}

/** The app over the filter-examples fixture, clock frozen, token → u-alice; no socket. */
async function startFixtureApp(): Promise<FixtureApp> {
  const db = await openFixtureDb();
  const app = createApp({ db, tokens: { fixture: ME_ID }, now: () => new Date(FROZEN_NOW) });
  const get = async (path: string): Promise<Answer> => {
    const response = await app.request(path, { headers: { Authorization: "Bearer fixture" } });
    const text = await response.text();
    return { status: response.status, body: text === "" ? null : JSON.parse(text) };
  };
  return { db, get };
}

/** The fixture app for the tests of one file: started before them, closed after them. */
export function fixtureAppForFile() {
  let app: FixtureApp | undefined;
  beforeAll(async () => {
    app = await startFixtureApp();
  });
  afterAll(async () => {
    await app?.db.close();
  });
  const started = (): FixtureApp => {
    if (!app) throw new Error("The fixture app starts in beforeAll.");
    return app;
  };
  return { db: () => started().db, get: (path: string) => started().get(path) };
}

export interface Answer {
  status: number;
  body: unknown;
}

export const Page = z.object({
  data: z.array(z.object({ id: z.string() })),
  meta: z.object({ next_cursor: z.string().nullable(), prev_cursor: z.string().nullable() }),
});

export const Message = z.object({ message: z.string() }).strict();

/** `/api/v1/<path>?…` from pairs, URL-encoded as a browser would. */
export function url(path: string, pairs: readonly (readonly [string, string])[]): string {
  const search = new URLSearchParams();
  for (const [key, value] of pairs) search.append(key, value);
  return `/api/v1/${path}?${search}`;
}
