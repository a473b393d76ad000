import { z } from "zod";
import { type Queryable, type Row, selectOne } from "../../backend/db/db.ts";
import { isoMicros, isoSeconds } from "../../backend/model/sql.ts";
import type { ListSource } from "../../backend/sql/list.ts";
import { type WebhookData, WebhookEvent } from "../../src/kanbert/schemas.ts";

/** `GET /webhooks` (SPEC §8): the integration user's subscriptions, and WebhookData. */

export const webhooksSource: ListSource = {
  select: [
    "w.id, w.owner_id, w.url, w.events, w.project_id, w.client_id, w.is_active",
    `${isoSeconds("w.created_at")} as created_at, ${isoSeconds("w.updated_at")} as updated_at`,
  ].join(", "),
  from: "webhooks w",
  keys: {
    url: { sql: "w.url", nullable: false, type: "text" },
    // `false` < `true`, as the booleans sort.
    is_active: { sql: "w.is_active::text", nullable: false, type: "text" },
    created_at: {
      sql: "w.created_at",
      nullable: false,
      type: "timestamptz",
      cursorSql: isoMicros("w.created_at"),
    },
  },
  id: { sql: "w.id", nullable: false, type: "text" },
};

const WebhookRow = z.object({
  id: z.string(),
  owner_id: z.string(),
  url: z.string(),
  events: z.array(WebhookEvent),
  project_id: z.string().nullable(),
  client_id: z.string().nullable(),
  is_active: z.boolean(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type WebhookRow = z.infer<typeof WebhookRow>;

export const parseWebhookRow = (row: Row): WebhookRow => WebhookRow.parse(row);

export function presentWebhook(row: WebhookRow): WebhookData {
  const { owner_id, ...data } = row;
  return data;
}

/** A subscription of `ownerId`; someone else's is not found. */
export async function findWebhook(db: Queryable, id: string, ownerId: string): Promise<WebhookRow | null> {
  return selectOne(
    db,
    WebhookRow,
    `select ${webhooksSource.select} from ${webhooksSource.from} where w.id = $1 and w.owner_id = $2`,
    [id, ownerId],
  );
}
