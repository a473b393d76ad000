import type { Context } from "hono";
import { Hono } from "hono";
import { webhooksFilter } from "../../backend/filter/endpoints.ts";
import { HttpError, notFound } from "../../backend/http/errors.ts";
import { listPage } from "../../backend/http/list.ts";
import { CreateWebhookBody, UpdateWebhookBody } from "../../src/kanbert/bodies.ts";
import * as write from "../domain/webhooks.ts";
import { readBody } from "../http/body.ts";
import type { Deps, Env } from "../http/env.ts";
import { listRequest } from "../http/list-request.ts";
import {
  findWebhook,
  parseWebhookRow,
  presentWebhook,
  type WebhookRow,
  webhooksSource,
} from "../model/webhooks.ts";

/** Webhook management (SPEC §8): scope `integration` — here: the token's user is an integration user. */

function ownerOf(c: Context<Env>): string {
  const { user } = c.get("principal");
  if (user.type !== "integration") throw new HttpError(403, "This action requires the integration scope.");
  return user.id;
}

async function resolve(c: Context<Env>, deps: Deps): Promise<WebhookRow> {
  const row = await findWebhook(deps.db, c.req.param("id") ?? "", ownerOf(c));
  if (!row) throw notFound();
  return row;
}

export function webhooksRoutes(deps: Deps): Hono<Env> {
  const app = new Hono<Env>();
  const { db } = deps;
  const policy = { allowAnyHost: deps.webhookOptions.allowAnyHost };

  app.get("/webhooks", async (c) => {
    const owner = ownerOf(c);
    return c.json(
      await listPage(listRequest(c, deps), {
        filter: webhooksFilter,
        source: webhooksSource,
        archived: "with",
        where: (params) => [`w.owner_id = ${params.add(owner)}`],
        present: async (rows) => rows.map((row) => presentWebhook(parseWebhookRow(row))),
      }),
    );
  });

  app.post("/webhooks", async (c) => {
    const owner = ownerOf(c);
    const body = await readBody(c, CreateWebhookBody);
    const { id, secret } = await write.createWebhook(db, body, owner, policy, deps.now());
    const row = await findWebhook(db, id, owner);
    if (!row) throw notFound();
    return c.json({ ...presentWebhook(row), secret }, 201);
  });

  app.get("/webhooks/:id", async (c) => c.json(presentWebhook(await resolve(c, deps))));

  app.patch("/webhooks/:id", async (c) => {
    const row = await resolve(c, deps);
    const body = await readBody(c, UpdateWebhookBody);
    await write.updateWebhook(db, row.id, body, policy, deps.now());
    return c.json(presentWebhook(await resolve(c, deps)));
  });

  app.delete("/webhooks/:id", async (c) => {
    const row = await resolve(c, deps);
    await write.deleteWebhook(db, row.id);
    return c.body(null, 204);
  });

  return app;
}
