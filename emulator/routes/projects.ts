import { Hono } from "hono";
import { projectsFilter } from "../../backend/filter/endpoints.ts";
import { listPage } from "../../backend/http/list.ts";
import type { Deps, Env } from "../http/env.ts";
import { listRequest } from "../http/list-request.ts";
import { parseProjectRow, presentProject, projectsSource } from "../model/projects.ts";

/** `GET /projects` (SPEC §6.3; path an ASSUMPTION): the workspace's projects. */
export function projectsRoutes(deps: Deps): Hono<Env> {
  const app = new Hono<Env>();
  app.get("/projects", async (c) =>
    c.json(
      await listPage(listRequest(c, deps), {
        filter: projectsFilter,
        source: projectsSource,
        archived: "with",
        present: async (rows) => rows.map((row) => presentProject(parseProjectRow(row))),
      }),
    ),
  );
  return app;
}
