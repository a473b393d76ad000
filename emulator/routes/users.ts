import { Hono } from "hono";
import { usersCatalogue } from "../../src/kanbert/catalogue.ts";
import { usersFields } from "../filter/maps-clients.ts";
import type { Deps, Env } from "../http/env.ts";
import { listPage } from "../http/list.ts";
import { presentUser, UserRow, usersSource } from "../model/users.ts";

export function usersRoutes(deps: Deps): Hono<Env> {
  const app = new Hono<Env>();

  app.get("/whoami", (c) => c.json(c.get("principal").user));

  app.get("/users", (c) =>
    listPage(c, deps, {
      catalogue: usersCatalogue,
      source: usersSource,
      fields: usersFields,
      archived: "with",
      present: async (rows) => rows.map((row) => presentUser(UserRow.parse(row))),
    }),
  );

  return app;
}
