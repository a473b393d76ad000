import type { Db } from "../../backend/db/db.ts";
import type { UserData } from "../../src/kanbert/schemas.ts";
import type { Dispatcher, WebhookOptions } from "../webhooks/dispatcher.ts";

/** The authenticated caller: the token's user and the integration slug it writes under. */
export interface Principal {
  user: UserData;
  slug: string;
}

export type Env = { Variables: { principal: Principal } };

export interface Deps {
  db: Db;
  now: () => Date;
  /** Webhook deliveries of this emulator's writes. */
  webhooks: Dispatcher;
  webhookOptions: WebhookOptions;
}
