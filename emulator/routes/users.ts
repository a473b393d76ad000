import { Hono } from "hono";
import { usersFilter } from "../../backend/filter/endpoints.ts";
import { listPage } from "../../backend/http/list.ts";
import { presentUser, UserRow, usersSource } from "../../backend/model/users.ts";
import type { Deps, Env } from "../http/env.ts";
import { listRequest } from "../http/list-request.ts";

export function usersRoutes(deps: Deps): Hono<Env> {
  const app = new Hono<Env>();

  app.get("/whoami", (c) => c.json(c.get("principal").user));

  app.get("/users", async (c) =>
    c.json(
      await listPage(listRequest(c, deps), {
        filter: usersFilter,
        source: usersSource,
        archived: "with",
        present: async (rows) => rows.map((row) => presentUser(UserRow.parse(row))),
      }),
    ),
  );

  return app;
}
