import { Hono } from "hono";
import type { Db } from "../../backend/db/db.ts";
import { type SignatureEncoding, verify } from "../../backend/webhooks/signature.ts";
import { CommentDelivery, CommentEvent } from "../../src/kanbert/schemas.ts";
import { applyDelivery } from "./apply.ts";
import { listSecrets } from "./store.ts";

/**
 * `POST /webhooks/kanbert`: checks size (413), signature over the RAW body in constant time (401),
 * shape (400), then applies the delivery in one transaction; a store failure answers 503 so Kanbert
 * retries. Nothing is stored unless everything passed.
 */

export interface ReceiverOptions {
  db: Db;
  signatureHeader: string;
  signatureEncoding: SignatureEncoding;
  /** Largest body accepted, bytes. */
  maxBodyBytes: number;
  now: () => Date;
  /** Errors of the store, for the server's log (never sent to the caller). */
  logError: (error: unknown) => void;
}

const message = (text: string) => ({ message: text });

async function readCapped(request: Request, max: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > max) return null;
  const body = new Uint8Array(await request.arrayBuffer());
  return body.byteLength > max ? null : body;
}

export function receiverRoutes(options: ReceiverOptions): Hono {
  const app = new Hono();
  app.post("/webhooks/kanbert", async (c) => {
    const raw = await readCapped(c.req.raw, options.maxBodyBytes);
    if (raw === null) return c.json(message("The delivery is too large."), 413);
    const signature = c.req.header(options.signatureHeader);
    if (!signature) return c.json(message(`The ${options.signatureHeader} header is missing.`), 401);
    let secrets: { secret: string }[];
    try {
      secrets = await listSecrets(options.db);
    } catch (error) {
      options.logError(error);
      return c.json(message("The comments store is unavailable; retry later."), 503);
    }
    // Every secret is tried, so the time does not tell which one matched.
    const matches = secrets.map((s) => verify(s.secret, raw, signature, options.signatureEncoding));
    if (!matches.includes(true)) return c.json(message("The signature does not match."), 401);

    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(raw));
    } catch {
      return c.json(message("The delivery is not valid JSON."), 400);
    }
    const event = CommentEvent.safeParse(
      typeof json === "object" && json !== null && "event" in json ? json.event : null,
    );
    if (!event.success) return c.json({ status: "ignored", message: "Not a comment event." }, 202);
    const delivery = CommentDelivery.safeParse(json);
    if (!delivery.success)
      return c.json(message("The delivery is not a comment event with CommentData."), 400);
    const task = delivery.data.data.task;
    if (!task) return c.json(message("The delivery's comment has no task."), 400);
    try {
      const outcome = await applyDelivery(options.db, delivery.data, task, options.now());
      return c.json({ status: outcome });
    } catch (error) {
      options.logError(error);
      return c.json(message("The comments store is unavailable; retry later."), 503);
    }
  });
  return app;
}
