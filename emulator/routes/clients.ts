import { Hono } from "hono";
import {
  CreateClientBody,
  ExternalIdentifierBody,
  ShortcodeBody,
  UpdateClientBody,
} from "../../src/kanbert/bodies.ts";
import { clientsBasicCatalogue, clientsFullCatalogue } from "../../src/kanbert/catalogue.ts";
import { retryOnUniqueViolation } from "../db/unique.ts";
import * as write from "../domain/clients.ts";
import { clientsBasicFields, clientsFullFields } from "../filter/maps-clients.ts";
import { readBody } from "../http/body.ts";
import type { Deps, Env } from "../http/env.ts";
import { notFound } from "../http/errors.ts";
import { listPage } from "../http/list.ts";
import {
  clientsFullIncludeColumns,
  clientsSource,
  parseClientRow,
  presentClient,
  presentClientFull,
  presentClientsFull,
} from "../model/clients.ts";
import { reload, resolveClient } from "./lookup.ts";

/** The nine clients endpoints of SPEC §5. */
export function clientsRoutes(deps: Deps): Hono<Env> {
  const app = new Hono<Env>();
  const { db } = deps;

  app.get("/clients", (c) =>
    listPage(c, deps, {
      catalogue: clientsBasicCatalogue,
      source: clientsSource,
      fields: clientsBasicFields,
      archived: "without",
      present: async (rows) => rows.map((row) => presentClient(parseClientRow(row))),
    }),
  );

  app.get("/clients/full", (c) =>
    listPage(c, deps, {
      catalogue: clientsFullCatalogue,
      source: clientsSource,
      fields: clientsFullFields,
      archived: "filter",
      includeColumns: clientsFullIncludeColumns,
      present: async (rows, includes) => presentClientsFull(rows, includes),
    }),
  );

  app.post("/clients", async (c) => {
    const body = await readBody(c, CreateClientBody);
    const { slug } = c.get("principal");
    const id = await retryOnUniqueViolation(() =>
      db.transaction((tx) => write.createClient(tx, body, slug, deps.now())),
    );
    return c.json(presentClientFull(await reload(deps, id)), 201);
  });

  app.get("/clients/:id", async (c) => c.json(presentClient(await resolveClient(c, deps))));

  app.patch("/clients/:id", async (c) => {
    const client = await resolveClient(c, deps);
    const body = await readBody(c, UpdateClientBody);
    await db.transaction((tx) => write.updateClient(tx, client.id, body, deps.now()));
    return c.json(presentClient(await reload(deps, client.id)));
  });

  app.delete("/clients/:id", async (c) => {
    const client = await resolveClient(c, deps);
    if (!(await write.archiveClient(db, client.id, deps.now()))) throw notFound();
    return c.json({ message: "Client deleted successfully" });
  });

  app.put("/clients/:id/external-identifier", async (c) => {
    const client = await resolveClient(c, deps);
    const body = await readBody(c, ExternalIdentifierBody);
    const { slug } = c.get("principal");
    await retryOnUniqueViolation(() =>
      db.transaction((tx) => write.setExternalIdentifier(tx, client.id, body, slug, deps.now())),
    );
    return c.json(presentClient(await reload(deps, client.id)));
  });

  app.put("/clients/:id/shortcode", async (c) => {
    const client = await resolveClient(c, deps);
    const body = await readBody(c, ShortcodeBody);
    await retryOnUniqueViolation(() =>
      db.transaction((tx) => write.setShortcode(tx, client.id, body.shortcode, deps.now())),
    );
    return c.json(presentClient(await reload(deps, client.id)));
  });

  app.post("/clients/:id/restore", async (c) => {
    const client = await resolveClient(c, deps);
    await write.restoreClient(db, client.id, deps.now());
    return c.json(presentClientFull(await reload(deps, client.id)));
  });

  return app;
}
