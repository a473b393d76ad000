import type { FilterNode } from "../ast.ts";
import type { Row } from "../evaluate.ts";
import { evaluate } from "../evaluate.ts";
import { takeTopLevel } from "../placement.ts";
import { catalogues } from "./catalogues.ts";
import * as fixture from "./fixture.ts";
import type { Endpoint } from "./vectors.ts";

/** The fixture as flat rows per endpoint, the way `evaluate` reads them. */
const clientRows = fixture.clients.map((client) => ({
  id: client.id,
  archived: client.archived,
  row: {
    name: client.name,
    shortcode: client.shortcode,
    segment: client.segment,
    "primary_contact.id": client.primary_contact_id,
    "origin_space.id": client.origin_space_id,
    projects: fixture.projects
      .filter((project) => project.client_id === client.id)
      .map((project) => ({
        shortcode: project.shortcode,
        name: project.title,
        is_acquisition: project.is_acquisition,
        status: project.status,
      })),
  } satisfies Row,
}));

function clientOf(id: string) {
  const client = fixture.clients.find((candidate) => candidate.id === id);
  if (client === undefined) throw new Error(`fixture has no client ${id}`);
  return client;
}

const taskRows = fixture.tasks.map((task) => {
  const client = clientOf(task.client_id);
  const project = fixture.projects.find((candidate) => candidate.id === task.project_id);
  return {
    id: task.id,
    row: {
      title: task.title,
      status: task.status,
      due_date: task.due_date,
      "project.id": task.project_id,
      "project.shortcode": project?.shortcode ?? null,
      "project.name": project?.title ?? null,
      "project.status": project?.status ?? null,
      "client.id": client.id,
      "client.name": client.name,
      "client.shortcode": client.shortcode,
      "assignee.id": task.assignee_id,
    } satisfies Row,
  };
});

const projectRows = fixture.projects.map((project) => {
  const client = clientOf(project.client_id);
  return {
    id: project.id,
    row: {
      shortcode: project.shortcode,
      title: project.title,
      status: project.status,
      is_acquisition: project.is_acquisition,
      created_at: project.created_at,
      start_date: project.start_date,
      "client.id": client.id,
      "client.name": client.name,
      "client.shortcode": client.shortcode,
      "client.primary_contact_id": client.primary_contact_id,
    } satisfies Row,
  };
});

/** Ids an endpoint returns for a (validated) filter; archived handling as SPEC §6.2a. */
export function runFilter(endpoint: Endpoint, ast: FilterNode | null): string[] {
  const context = {
    fields: catalogues[endpoint].fields,
    now: new Date(fixture.FROZEN_NOW),
    meId: fixture.ME_ID,
  };
  const pick = (rows: readonly { id: string; row: Row }[], filter: FilterNode | null) =>
    rows.filter(({ row }) => evaluate(filter, row, context)).map(({ id }) => id);
  switch (endpoint) {
    case "clients":
      return pick(
        clientRows.filter((client) => !client.archived),
        ast,
      );
    case "clients/full": {
      const { taken, rest } = takeTopLevel(ast, "archived");
      const mode = taken !== undefined && "value" in taken ? taken.value : "without";
      const visible = clientRows.filter((client) => mode === "with" || (mode === "only") === client.archived);
      return pick(visible, rest);
    }
    case "tasks":
      return pick(taskRows, ast);
    case "projects":
      return pick(projectRows, ast);
  }
}
