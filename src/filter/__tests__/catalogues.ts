import type { Catalogue, FieldSpec } from "../catalogue.ts";
import {
  BOOLEAN_OPERATORS,
  ENUM_OPERATORS,
  ID_OPERATORS,
  ORDERED_OPERATORS,
  RELATION_ALL_OPERATORS,
  STRING_OPERATORS,
} from "../catalogue.ts";
import type { Endpoint } from "./vectors.ts";

/** Minimal local catalogues after SPEC §5.2, §5.3 and §6.3 (the real ones live in src/kanbert). */

const string = (name: string): FieldSpec => ({
  name,
  label: name,
  type: { kind: "string" },
  operators: STRING_OPERATORS,
});
const id = (name: string, of: string): FieldSpec => ({
  name,
  label: name,
  type: { kind: "id", of },
  operators: ID_OPERATORS,
});
const enumOf = (name: string, values: readonly string[], operators = ENUM_OPERATORS): FieldSpec => ({
  name,
  label: name,
  type: { kind: "enum", values },
  operators,
});
const boolean = (name: string): FieldSpec => ({
  name,
  label: name,
  type: { kind: "boolean" },
  operators: BOOLEAN_OPERATORS,
});
const temporal = (name: string, kind: "date" | "datetime"): FieldSpec => ({
  name,
  label: name,
  type: { kind },
  operators: ORDERED_OPERATORS,
});
const ARCHIVED: FieldSpec = {
  ...enumOf("archived", ["with", "only", "without"], ["eq"]),
  placement: "top-level-and",
};
const TASK_STATUS = ["Backlog", "New", "WIP", "Completed", "Approved", "Closed"];

const clientsBasic: Catalogue = {
  endpoint: "GET /clients",
  fields: [
    string("name"),
    string("shortcode"),
    id("primary_contact.id", "UserData"),
    id("origin_space.id", "SpaceData"),
  ],
  sorts: ["name", "shortcode"],
  includes: [],
};

export const clientsFull: Catalogue = {
  endpoint: "GET /clients/full",
  fields: [
    string("name"),
    string("shortcode"),
    ARCHIVED,
    enumOf("segment", ["A", "B", "C"]),
    id("primary_contact.id", "UserData"),
    {
      name: "projects",
      label: "Projects",
      type: {
        kind: "relation",
        fields: [
          string("shortcode"),
          string("name"),
          boolean("is_acquisition"),
          enumOf("status", ["running", "closed"]),
        ],
      },
      operators: RELATION_ALL_OPERATORS,
    },
    id("origin_space.id", "SpaceData"),
  ],
  sorts: ["name", "shortcode", "created_at"],
  includes: ["projects"],
};

export const tasks: Catalogue = {
  endpoint: "GET /tasks",
  fields: [
    string("title"),
    string("uri"),
    enumOf("sub_tasks_in_list", ["with", "only", "without"], ["eq"]),
    temporal("due_date", "date"),
    enumOf("status", TASK_STATUS, ["eq", "ne", "in", "nin"]),
    id("project.id", "ProjectData"),
    string("project.external_id"),
    string("project.shortcode"),
    string("project.name"),
    enumOf("project.status", ["running", "closed"]),
    id("client.id", "ClientFullData"),
    string("client.external_id"),
    string("client.name"),
    string("client.shortcode"),
    id("assignee.id", "UserFullData"),
  ],
  sorts: ["title", "uri", "status", "updated_at", "created_at", "due_date"],
  includes: ["project", "watchers", "client", "parent_task", "sub_tasks"],
};

export const projects: Catalogue = {
  endpoint: "GET /projects",
  fields: [
    string("shortcode"),
    string("title"),
    enumOf("status", ["running", "closed"]),
    { ...boolean("is_acquisition"), operators: ["eq", "ne"] },
    id("client.id", "ClientFullData"),
    string("client.name"),
    string("client.shortcode"),
    id("client.primary_contact_id", "UserFullData"),
    string("project_type.title"),
    id("project_type.id", "ProjectTypeData"),
    id("created_by", "UserData"),
    temporal("created_at", "datetime"),
    temporal("start_date", "date"),
    temporal("end_date", "date"),
  ],
  sorts: ["shortcode", "title", "updated_at", "created_at"],
  includes: ["team", "guests", "tags", "client", "client.primary_contact"],
};

export const catalogues: Readonly<Record<Endpoint, Catalogue>> = {
  "clients/full": clientsFull,
  clients: clientsBasic,
  tasks,
  projects,
};
