import { Hono } from "hono";
import type { Db } from "../../backend/db/db.ts";
import type { SignatureEncoding } from "../../backend/webhooks/signature.ts";
import type { FetchLike } from "../../src/kanbert/http.ts";
import { listingRoutes } from "./listing.ts";
import { createReaders } from "./readers.ts";
import { receiverRoutes } from "./receiver.ts";

export interface MirrorOptions {
  db: Db;
  kanbertBaseUrl: string;
  signatureHeader: string;
  signatureEncoding: SignatureEncoding;
  maxBodyBytes: number;
  /** How long Kanbert's answer to `/whoami` is trusted; default 60 s. */
  readerTtlMs?: number;
  now?: () => Date;
  fetch?: FetchLike;
  logError?: (error: unknown) => void;
}

/** The comments mirror's routes, to mount on the production server before its `/api/v1` proxy. */
export function mirrorRoutes(options: MirrorOptions): Hono {
  const now = options.now ?? (() => new Date());
  const logError = options.logError ?? ((error: unknown) => console.error(error));
  const identify = createReaders({
    kanbertBaseUrl: options.kanbertBaseUrl,
    ttlMs: options.readerTtlMs ?? 60_000,
    now: () => now().getTime(),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const app = new Hono();
  app.route("/", receiverRoutes({ ...options, now, logError }));
  app.route("/", listingRoutes({ db: options.db, identify, now, logError }));
  return app;
}
