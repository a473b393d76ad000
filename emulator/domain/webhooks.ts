import { randomBytes, randomUUID } from "node:crypto";
import { z } from "zod";
import { type Queryable, selectOne } from "../../backend/db/db.ts";
import { validationError } from "../../backend/http/errors.ts";
import type { CreateWebhookBody, UpdateWebhookBody } from "../../src/kanbert/bodies.ts";
import { isLoopbackUrl } from "../webhooks/loopback.ts";

/** Webhook subscriptions (SPEC §8): checks, insert, update, delete. */

const Exists = z.object({ id: z.string() });
const LOOPBACK_ONLY =
  "The url must point at the loopback interface (127.0.0.1, ::1, localhost); start the emulator with --webhooks-any-host to allow other hosts.";

export interface WebhookPolicy {
  allowAnyHost: boolean;
}

function checkUrl(url: string | undefined, policy: WebhookPolicy, errors: Record<string, string[]>): void {
  if (url !== undefined && !policy.allowAnyHost && !isLoopbackUrl(url)) errors.url = [LOOPBACK_ONLY];
}

/** Creates the subscription; returns its id and its secret (shown once). */
export async function createWebhook(
  db: Queryable,
  body: CreateWebhookBody,
  ownerId: string,
  policy: WebhookPolicy,
  now: Date,
): Promise<{ id: string; secret: string }> {
  const errors: Record<string, string[]> = {};
  checkUrl(body.url, policy, errors);
  const projectId = body.project_id ?? null;
  const clientId = body.client_id ?? null;
  if (
    projectId !== null &&
    !(await selectOne(db, Exists, "select id from projects where id = $1", [projectId]))
  )
    errors.project_id = ["The selected project id is invalid."];
  if (clientId !== null && !(await selectOne(db, Exists, "select id from clients where id = $1", [clientId])))
    errors.client_id = ["The selected client id is invalid."];
  if (Object.keys(errors).length > 0) throw validationError(errors);
  const id = randomUUID();
  const secret = randomBytes(32).toString("hex");
  await db.query(
    `insert into webhooks (id, owner_id, url, events, project_id, client_id, is_active, secret, created_at, updated_at)
     values ($1, $2, $3, $4::text[], $5, $6, $7, $8, $9, $9)`,
    [
      id,
      ownerId,
      body.url,
      [...new Set(body.events)],
      projectId,
      clientId,
      body.is_active ?? true,
      secret,
      now.toISOString(),
    ],
  );
  return { id, secret };
}

export async function updateWebhook(
  db: Queryable,
  id: string,
  body: UpdateWebhookBody,
  policy: WebhookPolicy,
  now: Date,
): Promise<void> {
  const errors: Record<string, string[]> = {};
  checkUrl(body.url, policy, errors);
  if (Object.keys(errors).length > 0) throw validationError(errors);
  await db.query(
    `update webhooks set url = coalesce($2, url), events = coalesce($3::text[], events),
       is_active = coalesce($4, is_active), updated_at = $5 where id = $1`,
    [
      id,
      body.url ?? null,
      body.events ? [...new Set(body.events)] : null,
      body.is_active ?? null,
      now.toISOString(),
    ],
  );
}

export async function deleteWebhook(db: Queryable, id: string): Promise<void> {
  await db.query("delete from webhooks where id = $1", [id]);
}
