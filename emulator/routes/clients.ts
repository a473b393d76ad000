import { Hono } from "hono";
import { clientsBasicFilter, clientsFullFilter } from "../../backend/filter/endpoints.ts";
import { notFound } from "../../backend/http/errors.ts";
import { listPage } from "../../backend/http/list.ts";
import {
  CreateClientBody,
  ExternalIdentifierBody,
  ShortcodeBody,
  UpdateClientBody,
} from "../../src/kanbert/bodies.ts";
import { retryOnUniqueViolation } from "../db/unique.ts";
import * as write from "../domain/clients.ts";
import { readBody } from "../http/body.ts";
import type { Deps, Env } from "../http/env.ts";
import { listRequest } from "../http/list-request.ts";
import {
  clientsFullIncludeColumns,
  clientsSource,
  parseClientRow,
  presentClient,
  presentClientFull,
  presentClientsFull,
} from "../model/clients.ts";
import { emitClient } from "../webhooks/events.ts";
import { reload, resolveClient } from "./lookup.ts";

/** The nine clients endpoints of SPEC §5. */
export function clientsRoutes(deps: Deps): Hono<Env> {
  const app = new Hono<Env>();
  const { db } = deps;

  /** The client after a change, its `client:update` event queued. */
  async function changed(id: string) {
    const row = await reload(deps, id);
    await emitClient(deps, "client:update", presentClientFull(row));
    return row;
  }

  app.get("/clients", async (c) =>
    c.json(
      await listPage(listRequest(c, deps), {
        filter: clientsBasicFilter,
        source: clientsSource,
        archived: "without",
        present: async (rows) => rows.map((row) => presentClient(parseClientRow(row))),
      }),
    ),
  );

  app.get("/clients/full", async (c) =>
    c.json(
      await listPage(listRequest(c, deps), {
        filter: clientsFullFilter,
        source: clientsSource,
        archived: "filter",
        includeColumns: clientsFullIncludeColumns,
        present: async (rows, includes) => presentClientsFull(rows, includes),
      }),
    ),
  );

  app.post("/clients", async (c) => {
    const body = await readBody(c, CreateClientBody);
    const { slug } = c.get("principal");
    const id = await retryOnUniqueViolation(() =>
      db.transaction((tx) => write.createClient(tx, body, slug, deps.now())),
    );
    const created = presentClientFull(await reload(deps, id));
    await emitClient(deps, "client:create", created);
    return c.json(created, 201);
  });

  app.get("/clients/:id", async (c) => c.json(presentClient(await resolveClient(c, deps))));

  app.patch("/clients/:id", async (c) => {
    const client = await resolveClient(c, deps);
    const body = await readBody(c, UpdateClientBody);
    await db.transaction((tx) => write.updateClient(tx, client.id, body, deps.now()));
    return c.json(presentClient(await changed(client.id)));
  });

  app.delete("/clients/:id", async (c) => {
    const client = await resolveClient(c, deps);
    if (!(await write.archiveClient(db, client.id, deps.now()))) throw notFound();
    await emitClient(deps, "client:delete", presentClientFull(await reload(deps, client.id)));
    return c.json({ message: "Client deleted successfully" });
  });

  app.put("/clients/:id/external-identifier", async (c) => {
    const client = await resolveClient(c, deps);
    const body = await readBody(c, ExternalIdentifierBody);
    const { slug } = c.get("principal");
    await retryOnUniqueViolation(() =>
      db.transaction((tx) => write.setExternalIdentifier(tx, client.id, body, slug, deps.now())),
    );
    return c.json(presentClient(await changed(client.id)));
  });

  app.put("/clients/:id/shortcode", async (c) => {
    const client = await resolveClient(c, deps);
    const body = await readBody(c, ShortcodeBody);
    await retryOnUniqueViolation(() =>
      db.transaction((tx) => write.setShortcode(tx, client.id, body.shortcode, deps.now())),
    );
    return c.json(presentClient(await changed(client.id)));
  });

  app.post("/clients/:id/restore", async (c) => {
    const client = await resolveClient(c, deps);
    await write.restoreClient(db, client.id, deps.now());
    const restored = presentClientFull(await reload(deps, client.id));
    await emitClient(deps, "client:restore", restored);
    return c.json(restored);
  });

  return app;
}
