import { Hono } from "hono";
import { tasksFilter } from "../../backend/filter/endpoints.ts";
import { listPage } from "../../backend/http/list.ts";
import { parseTaskRow, tasksSource } from "../../backend/model/tasks.ts";
import type { Deps, Env } from "../http/env.ts";
import { listRequest } from "../http/list-request.ts";
import { presentTasks } from "../model/task-includes.ts";

/** `GET /tasks` (SPEC §6.3): filters, sorts and includes through the shared list machinery. */
export function tasksRoutes(deps: Deps): Hono<Env> {
  const app = new Hono<Env>();

  app.get("/tasks", async (c) =>
    c.json(
      await listPage(listRequest(c, deps), {
        filter: tasksFilter,
        source: tasksSource,
        archived: "with",
        present: (rows, includes) => presentTasks(deps.db, rows.map(parseTaskRow), includes),
      }),
    ),
  );

  return app;
}
