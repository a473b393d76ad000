import type { Db } from "../backend/db/db.ts";
import { createApp } from "./app.ts";

/** The request a first visit to /clients makes (src/features/clients/api/early-first-page.ts). */
export const WARM_UP_PATH = "/api/v1/clients/full?page[size]=50&sort=name&include=projects";

/**
 * Runs the first visit's request once before the emulator says it is ready, so the first user does
 * not wait for the database's cold start (PGlite compiles its WebAssembly as it first runs: the
 * first page took 130–215 ms after a start, 26–88 ms after that). It goes through an app of its
 * own, without rate limit, so it never counts against a token's quota. Returns the status.
 */
export async function warmUp(db: Db, token: string): Promise<number> {
  const app = createApp({ db });
  try {
    const response = await app.request(WARM_UP_PATH, { headers: { Authorization: `Bearer ${token}` } });
    await response.arrayBuffer();
    return response.status;
  } finally {
    app.webhooks.close();
  }
}
