import { Hono } from "hono";
import { tasksCatalogue } from "../../src/kanbert/catalogue.ts";
import { tasksFields } from "../filter/maps-tasks.ts";
import type { Deps, Env } from "../http/env.ts";
import { listPage } from "../http/list.ts";
import { presentTasks } from "../model/task-includes.ts";
import { parseTaskRow, tasksSource } from "../model/tasks.ts";

/** `GET /tasks` (SPEC §6.3): filters, sorts and includes through the shared list machinery. */
export function tasksRoutes(deps: Deps): Hono<Env> {
  const app = new Hono<Env>();

  app.get("/tasks", (c) =>
    listPage(c, deps, {
      catalogue: tasksCatalogue,
      source: tasksSource,
      fields: tasksFields,
      archived: "with",
      present: (rows, includes) => presentTasks(deps.db, rows.map(parseTaskRow), includes),
    }),
  );

  return app;
}
