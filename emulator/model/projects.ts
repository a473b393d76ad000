import { z } from "zod";
import { type Queryable, type Row, select } from "../../backend/db/db.ts";
import { isoDate, isoMicros } from "../../backend/model/sql.ts";
import type { ListSource } from "../../backend/sql/list.ts";
import type { ProjectData } from "../../src/kanbert/schemas.ts";
import { ProjectStatus } from "../../src/kanbert/schemas.ts";

const ProjectRow = z.object({
  id: z.string(),
  client_id: z.string(),
  external_id: z.string().nullable(),
  external_origin: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  shortcode: z.string(),
  po_number: z.string().nullable(),
  status: ProjectStatus,
  is_acquisition: z.boolean(),
  is_private: z.boolean(),
  start_date: z.string().nullable(),
  end_date: z.string().nullable(),
  pt_id: z.string().nullable(),
  pt_title: z.string().nullable(),
  pt_shortcode: z.string().nullable(),
  pt_color: z.string().nullable(),
  pt_order: z.number().nullable(),
  pt_is_default: z.boolean().nullable(),
});
type ProjectRow = z.infer<typeof ProjectRow>;

export const parseProjectRow = (row: Row): ProjectRow => ProjectRow.parse(row);

export function presentProject(row: ProjectRow): ProjectData {
  const type =
    row.pt_id !== null &&
    row.pt_title !== null &&
    row.pt_shortcode !== null &&
    row.pt_color !== null &&
    row.pt_order !== null &&
    row.pt_is_default !== null
      ? {
          id: row.pt_id,
          title: row.pt_title,
          shortcode: row.pt_shortcode,
          color: row.pt_color,
          order: row.pt_order,
          is_default: row.pt_is_default,
        }
      : null;
  return {
    id: row.id,
    external_id: row.external_id,
    external_origin: row.external_origin,
    title: row.title,
    description: row.description,
    shortcode: row.shortcode,
    po_number: row.po_number,
    project_type: type,
    status: row.status,
    is_acquisition: row.is_acquisition,
    is_private: row.is_private,
    start_date: row.start_date,
    end_date: row.end_date,
  };
}

/** A project's columns (ProjectRow) and the joins they need; `created_at` orders a client's projects. */
const PROJECT_COLUMNS = `p.id, p.client_id, p.external_id, p.external_origin, p.title, p.description, p.shortcode,
       p.po_number, p.status, p.is_acquisition, p.is_private,
       ${isoDate("p.start_date")} as start_date, ${isoDate("p.end_date")} as end_date,
       pt.id as pt_id, pt.title as pt_title, pt.shortcode as pt_shortcode, pt.color as pt_color,
       pt.sort_order as pt_order, pt.is_default as pt_is_default`;
const PROJECT_FROM = "projects p left join project_types pt on pt.id = p.project_type_id";
const PROJECT_ORDER = "p.created_at, p.id";

/**
 * A select-list expression: the projects of client `clientIdSql`, oldest first, as a JSON array of
 * ProjectRow objects, so a page of clients brings its projects in the same query (read them with
 * `parseProjectsColumn`).
 */
export const projectsColumn = (clientIdSql: string) =>
  `(select coalesce(json_agg(x order by x._n), '[]'::json) from (
     select ${PROJECT_COLUMNS}, row_number() over (order by ${PROJECT_ORDER}) as _n
     from ${PROJECT_FROM} where p.client_id = ${clientIdSql}) x)`;

const ProjectsColumn = z.array(ProjectRow);
export const parseProjectsColumn = (value: unknown): ProjectData[] =>
  ProjectsColumn.parse(value).map(presentProject);

/** Projects of the given clients, grouped by client id, oldest first. */
export async function projectsOfClients(
  db: Queryable,
  clientIds: readonly string[],
): Promise<Map<string, ProjectData[]>> {
  const grouped = new Map<string, ProjectData[]>();
  if (clientIds.length === 0) return grouped;
  const rows = await select(
    db,
    ProjectRow,
    `select ${PROJECT_COLUMNS} from ${PROJECT_FROM} where p.client_id = any($1::text[]) order by ${PROJECT_ORDER}`,
    [clientIds],
  );
  for (const row of rows) {
    const list = grouped.get(row.client_id) ?? [];
    list.push(presentProject(row));
    grouped.set(row.client_id, list);
  }
  return grouped;
}

const timestampKey = (column: string) => ({
  sql: column,
  nullable: false,
  type: "timestamptz" as const,
  cursorSql: isoMicros(column),
});

/** `GET /projects` (SPEC §6.3) over `projects p`. */
export const projectsSource: ListSource = {
  select: PROJECT_COLUMNS,
  from: PROJECT_FROM,
  keys: {
    shortcode: { sql: "p.shortcode", nullable: false, type: "text" },
    title: { sql: "p.title", nullable: false, type: "text" },
    created_at: timestampKey("p.created_at"),
    updated_at: timestampKey("p.updated_at"),
  },
  id: { sql: "p.id", nullable: false, type: "text" },
};
