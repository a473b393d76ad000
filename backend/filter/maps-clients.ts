import type { FieldMap } from "./field-map.ts";
import { column, mode, relation } from "./field-map.ts";

/** `GET /clients` (basic) over `clients c`: archived rows are excluded by the list itself. */
export const clientsBasicFields: FieldMap = {
  name: column("c.name", "text"),
  shortcode: column("c.shortcode", "text"),
  "primary_contact.id": column("c.primary_contact_id", "id"),
  "origin_space.id": column("c.origin_space_id", "id"),
};

/** The clients `projects` relation; `name` is the project's title. */
const clientProjectsRelation = relation("projects p", "p.client_id = c.id", {
  shortcode: column("p.shortcode", "text"),
  name: column("p.title", "text"),
  is_acquisition: column("p.is_acquisition", "boolean"),
  status: column("p.status", "enum"),
});

/**
 * `GET /clients/full` over `clients c`. `archived` is taken out of the filter as the list's
 * archived mode (`splitMode` of src/kanbert/archived.ts); its predicates here only document what each mode means.
 */
export const clientsFullFields: FieldMap = {
  ...clientsBasicFields,
  // Stryker disable next-line StringLiteral: compileListFilter always takes `archived` out (validate refuses it anywhere else), so these texts never reach SQL
  archived: mode({ with: "true", only: "c.deleted_at is not null", without: "c.deleted_at is null" }),
  segment: column("c.segment", "enum"),
  projects: clientProjectsRelation,
};

/** `GET /users` over `users u`. */
export const usersFields: FieldMap = {
  first_name: column("u.first_name", "text"),
  last_name: column("u.last_name", "text"),
  email: column("u.email", "text"),
  type: column("u.type", "enum"),
};
