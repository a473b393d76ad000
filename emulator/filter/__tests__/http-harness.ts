import { z } from "zod";
import { FROZEN_NOW, ME_ID } from "../../../src/filter/__tests__/fixture.ts";
import { createApp } from "../../app.ts";
import type { Db } from "../../db/db.ts";
import { openFixtureDb } from "./fixture-db.ts";

/** The app over the filter-examples fixture, clock frozen, token → u-alice; no socket. */
export async function startFixtureApp(): Promise<{ db: Db; get: (path: string) => Promise<Answer> }> {
  const db = await openFixtureDb();
  const app = createApp({ db, tokens: { fixture: ME_ID }, now: () => new Date(FROZEN_NOW) });
  const get = async (path: string): Promise<Answer> => {
    const response = await app.request(path, { headers: { Authorization: "Bearer fixture" } });
    const text = await response.text();
    return { status: response.status, body: text === "" ? null : JSON.parse(text) };
  };
  return { db, get };
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
