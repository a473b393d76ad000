import type { HttpClient } from "./http.ts";
import { type ListParams, listQuery } from "./query.ts";
import { ProjectData, pageOf } from "./schemas.ts";

const ProjectPage = pageOf(ProjectData);

/** `GET /projects` (SPEC §6.3; the path is an ASSUMPTION). */
export function listProjects(http: HttpClient, params: ListParams = {}) {
  return http.request({ path: "/projects", query: listQuery(params), schema: ProjectPage });
}
