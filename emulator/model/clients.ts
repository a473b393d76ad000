import { z } from "zod";
import { type Queryable, type Row, select } from "../../backend/db/db.ts";
import { isoMicros, isoSeconds } from "../../backend/model/sql.ts";
import { userColumns } from "../../backend/model/users.ts";
import type { ListSource } from "../../backend/sql/list.ts";
import type { ClientData, ClientFullData } from "../../src/kanbert/schemas.ts";
import { ClientSegment, UserType } from "../../src/kanbert/schemas.ts";
import { SORT_COLLATION } from "../db/migrations.ts";
import { parseProjectsColumn, projectsColumn } from "./projects.ts";

export const clientsSource: ListSource = {
  select: [
    "c.id, c.name, c.shortcode, c.segment, c.external_id, c.external_origin",
    `${isoSeconds("c.created_at")} as created_at, ${isoSeconds("c.updated_at")} as updated_at`,
    "c.deleted_at is not null as archived",
    userColumns("pc", "pcs", "pc_"),
    "os.id as os_id, os.name as os_name",
  ].join(", "),
  from: `clients c
    left join users pc on pc.id = c.primary_contact_id
    left join spaces pcs on pcs.id = pc.space_id
    left join spaces os on os.id = c.origin_space_id`,
  keys: {
    name: { sql: `c.name collate ${SORT_COLLATION}`, nullable: false, type: "text" },
    shortcode: { sql: `c.shortcode collate ${SORT_COLLATION}`, nullable: true, type: "text" },
    created_at: {
      sql: "c.created_at",
      nullable: false,
      type: "timestamptz",
      cursorSql: isoMicros("c.created_at"),
    },
  },
  id: { sql: "c.id", nullable: false, type: "text" },
  deletedAt: "c.deleted_at",
};

const ClientRow = z.object({
  id: z.string(),
  name: z.string(),
  shortcode: z.string().nullable(),
  segment: ClientSegment,
  external_id: z.string().nullable(),
  external_origin: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
  archived: z.boolean(),
  pc_id: z.string().nullable(),
  pc_first_name: z.string().nullable(),
  pc_last_name: z.string().nullable(),
  pc_email: z.string().nullable(),
  pc_type: z.nullable(UserType),
  pc_space_id: z.string().nullable(),
  pc_space_name: z.string().nullable(),
  os_id: z.string().nullable(),
  os_name: z.string().nullable(),
});
export type ClientRow = z.infer<typeof ClientRow>;

export const parseClientRow = (row: Row): ClientRow => ClientRow.parse(row);

export function presentClient(row: ClientRow): ClientData {
  const contact =
    row.pc_id !== null &&
    row.pc_first_name !== null &&
    row.pc_last_name !== null &&
    row.pc_email !== null &&
    row.pc_type !== null &&
    row.pc_space_id !== null &&
    row.pc_space_name !== null
      ? {
          id: row.pc_id,
          first_name: row.pc_first_name,
          last_name: row.pc_last_name,
          email: row.pc_email,
          type: row.pc_type,
          space: { id: row.pc_space_id, name: row.pc_space_name },
        }
      : null;
  return {
    id: row.id,
    external_id: row.external_id,
    external_origin: row.external_origin,
    name: row.name,
    shortcode: row.shortcode,
    primary_contact: contact,
    origin_space: row.os_id !== null && row.os_name !== null ? { id: row.os_id, name: row.os_name } : null,
  };
}

export function presentClientFull(row: ClientRow): ClientFullData {
  return {
    ...presentClient(row),
    segment: row.segment,
    updated_at: row.updated_at,
    created_at: row.created_at,
  };
}

/** The `include` columns of `GET /clients/full` (read by `presentClientsFull`). */
export const clientsFullIncludeColumns = { projects: projectsColumn("c.id") };

/** Full clients, with `projects` (from the page query's `include_projects` column) when included. */
export function presentClientsFull(rows: readonly Row[], includes: readonly string[]): ClientFullData[] {
  const withProjects = includes.includes("projects");
  return rows.map((row) => {
    const client = presentClientFull(parseClientRow(row));
    return withProjects ? { ...client, projects: parseProjectsColumn(row.include_projects) } : client;
  });
}

export type ClientLookupColumn = "id" | "shortcode" | "external_id";

/** One client by id, shortcode (case-insensitive) or external id within an origin; archived included. */
export async function findClient(
  db: Queryable,
  by: ClientLookupColumn,
  key: string,
  origin: string,
): Promise<ClientRow | null> {
  const where =
    by === "id"
      ? "c.id = $1"
      : by === "shortcode"
        ? "lower(c.shortcode) = lower($1)"
        : "c.external_id = $1 and c.external_origin = $2";
  const params = by === "external_id" ? [key, origin] : [key];
  const rows = await select(
    db,
    ClientRow,
    `select ${clientsSource.select} from ${clientsSource.from} where ${where}`,
    params,
  );
  return rows[0] ?? null;
}
