import { describe, expect, it } from "vitest";
import type { Catalogue, FieldSpec } from "../filter/index.ts";
import {
  ARCHIVED_MODES,
  clientsBasicCatalogue,
  clientsFullCatalogue,
  commentsCatalogue,
  projectsCatalogue,
  tasksCatalogue,
  usersCatalogue,
  webhooksCatalogue,
} from "./catalogue.ts";

/**
 * The published contract of every list endpoint (SPEC §5–8: fields, their types and operators,
 * sorts, includes), stated literally, one line per field: "name | label | type | operators".
 */
function typeOf(field: FieldSpec): string {
  const type = field.type;
  if (type.kind === "id") return `id of ${type.of}`;
  if (type.kind === "enum") return `enum ${type.values.join("/")}`;
  if (type.kind === "relation") return `relation (${type.fields.map(line).join("; ")})`;
  return type.kind;
}

function line(field: FieldSpec): string {
  const placement = field.placement ? ` | ${field.placement}` : "";
  return `${field.name} | ${field.label} | ${typeOf(field)} | ${field.operators.join(" ")}${placement}`;
}

const contract = (catalogue: Catalogue) => ({
  endpoint: catalogue.endpoint,
  fields: catalogue.fields.map(line),
  sorts: catalogue.sorts,
  includes: catalogue.includes,
});

describe("the catalogues state the API's published filters, sorts and includes", () => {
  it("archived modes", () => {
    expect(ARCHIVED_MODES).toEqual(["with", "only", "without"]);
  });

  it("GET /clients", () => {
    expect(contract(clientsBasicCatalogue)).toEqual({
      endpoint: "GET /clients",
      fields: [
        "name | Name | string | in nin eq ne contains like startswith endswith isnull isnotnull",
        "shortcode | Shortcode | string | in nin eq ne contains like startswith endswith isnull isnotnull",
        "primary_contact.id | Primary contact | id of UserData | eq ne in nin isnull isnotnull",
        "origin_space.id | Shared from space | id of SpaceData | eq ne in nin isnull isnotnull",
      ],
      sorts: ["name", "shortcode"],
      includes: [],
    });
  });

  it("GET /clients/full", () => {
    expect(contract(clientsFullCatalogue)).toEqual({
      endpoint: "GET /clients/full",
      fields: [
        "name | Name | string | in nin eq ne contains like startswith endswith isnull isnotnull",
        "shortcode | Shortcode | string | in nin eq ne contains like startswith endswith isnull isnotnull",
        "archived | Archived | enum with/only/without | eq | top-level-and",
        "segment | Segment | enum A/B/C | eq ne in nin isnull isnotnull",
        "primary_contact.id | Primary contact | id of UserData | eq ne in nin isnull isnotnull",
        "projects | Projects | relation (shortcode | Shortcode | string | in nin eq ne contains like startswith endswith isnull isnotnull; name | Name | string | in nin eq ne contains like startswith endswith isnull isnotnull; is_acquisition | Acquisition | boolean | eq ne; status | Status | enum running/closed | eq ne in nin isnull isnotnull) | any none all count",
        "origin_space.id | Shared from space | id of SpaceData | eq ne in nin isnull isnotnull",
      ],
      sorts: ["name", "shortcode", "created_at"],
      includes: ["projects"],
    });
  });

  it("GET /users", () => {
    expect(contract(usersCatalogue)).toEqual({
      endpoint: "GET /users",
      fields: [
        "first_name | First name | string | in nin eq ne contains like startswith endswith isnull isnotnull",
        "last_name | Last name | string | in nin eq ne contains like startswith endswith isnull isnotnull",
        "email | Email | string | in nin eq ne contains like startswith endswith isnull isnotnull",
        "type | Type | enum user/guest/tax_advisor/integration | eq ne in nin isnull isnotnull",
      ],
      sorts: ["first_name", "last_name", "email"],
      includes: [],
    });
  });

  it("GET /tasks", () => {
    expect(contract(tasksCatalogue)).toEqual({
      endpoint: "GET /tasks",
      fields: [
        "title | Title | string | in nin eq ne contains like startswith endswith isnull isnotnull",
        "uri | URI | string | in nin eq ne contains like startswith endswith isnull isnotnull",
        "sub_tasks_in_list | Sub-tasks in list | enum with/only/without | eq",
        "due_date | Due date | date | eq ne lt lte gt gte in nin isnull isnotnull",
        "status | Status | enum Backlog/New/WIP/Completed/Approved/Closed | eq ne in nin",
        "project.id | Project | id of ProjectData | eq ne in nin isnull isnotnull",
        "project.external_id | Project external id | string | in nin eq ne contains like startswith endswith isnull isnotnull",
        "project.shortcode | Project shortcode | string | in nin eq ne contains like startswith endswith isnull isnotnull",
        "project.name | Project name | string | in nin eq ne contains like startswith endswith isnull isnotnull",
        "project.status | Project status | enum running/closed | eq ne in nin isnull isnotnull",
        "client.id | Client | id of ClientFullData | eq ne in nin isnull isnotnull",
        "client.external_id | Client external id | string | in nin eq ne contains like startswith endswith isnull isnotnull",
        "client.name | Client name | string | in nin eq ne contains like startswith endswith isnull isnotnull",
        "client.shortcode | Client shortcode | string | in nin eq ne contains like startswith endswith isnull isnotnull",
        "assignee.id | Assignee | id of UserFullData | eq ne in nin isnull isnotnull",
      ],
      sorts: ["title", "uri", "status", "updated_at", "created_at", "due_date"],
      includes: ["project", "watchers", "client", "parent_task", "sub_tasks"],
    });
  });

  it("GET /tasks/comments (extension)", () => {
    expect(contract(commentsCatalogue)).toEqual({
      endpoint: "GET /tasks/comments (extension)",
      fields: [
        "task.id | Task | id of TaskData | eq ne in nin isnull isnotnull",
        "task.client_id | Client | id of ClientFullData | eq ne in nin isnull isnotnull",
        "author.id | Author | id of UserData | eq ne in nin isnull isnotnull",
        "mentions.id | Mentions | id of UserData | eq in",
        "task.client.name | Client name | string | in nin eq ne contains like startswith endswith isnull isnotnull",
        "task.client.segment | Client segment | enum A/B/C | eq ne in nin isnull isnotnull",
        "parent_comment_id | Parent comment | id of CommentData | eq ne in nin isnull isnotnull",
        "is_public | Public | boolean | eq ne",
        "created_at | Created | datetime | eq ne lt lte gt gte in nin isnull isnotnull",
      ],
      sorts: ["created_at", "updated_at"],
      includes: ["task", "task.client"],
    });
  });

  it("GET /webhooks", () => {
    expect(contract(webhooksCatalogue)).toEqual({
      endpoint: "GET /webhooks",
      fields: [
        "url | URL | string | in nin eq ne contains like startswith endswith isnull isnotnull",
        "created_at | Created | datetime | eq ne lt lte gt gte in nin isnull isnotnull",
      ],
      sorts: ["url", "is_active", "created_at"],
      includes: [],
    });
  });

  it("GET /projects", () => {
    expect(contract(projectsCatalogue)).toEqual({
      endpoint: "GET /projects",
      fields: [
        "shortcode | Shortcode | string | in nin eq ne contains like startswith endswith isnull isnotnull",
        "title | Title | string | in nin eq ne contains like startswith endswith isnull isnotnull",
        "status | Status | enum running/closed | eq ne in nin isnull isnotnull",
        "is_acquisition | Acquisition | boolean | eq ne",
        "client.id | Client | id of ClientFullData | eq ne in nin isnull isnotnull",
        "client.name | Client name | string | in nin eq ne contains like startswith endswith isnull isnotnull",
        "client.shortcode | Client shortcode | string | in nin eq ne contains like startswith endswith isnull isnotnull",
        "client.primary_contact_id | Primary contact | id of UserFullData | eq ne in nin isnull isnotnull",
        "project_type.id | Project type | id of ProjectTypeData | eq ne in nin isnull isnotnull",
        "project_type.title | Project type title | string | in nin eq ne contains like startswith endswith isnull isnotnull",
        "created_at | Created | datetime | eq ne lt lte gt gte in nin isnull isnotnull",
        "start_date | Start | date | eq ne lt lte gt gte in nin isnull isnotnull",
        "end_date | End | date | eq ne lt lte gt gte in nin isnull isnotnull",
      ],
      sorts: ["shortcode", "title", "updated_at", "created_at"],
      includes: [],
    });
  });
});
