import type { ClientFullData } from "../../../kanbert/schemas.ts";
import { type ClientColumnId, columnLabel } from "./column-catalogue.ts";

/** The plain text of one cell: what the CSV holds, and the tooltip of a truncated cell. */

export function contactText(client: ClientFullData): string {
  const contact = client.primary_contact;
  return contact ? `${contact.first_name} ${contact.last_name}` : "";
}

export function projectsText(client: ClientFullData): string {
  const projects = client.projects ?? [];
  return projects.map((project) => project.title).join("; ");
}

export function externalText(client: ClientFullData): string {
  if (!client.external_id) return "";
  return client.external_origin ? `${client.external_id} (${client.external_origin})` : client.external_id;
}

export function cellText(client: ClientFullData, column: ClientColumnId): string {
  switch (column) {
    case "name":
      return client.name;
    case "shortcode":
      return client.shortcode ?? "";
    case "segment":
      return client.segment;
    case "primary_contact":
      return contactText(client);
    case "origin_space":
      return client.origin_space?.name ?? "";
    case "projects":
      return projectsText(client);
    case "external":
      return externalText(client);
    case "created_at":
      return client.created_at;
    case "updated_at":
      return client.updated_at;
  }
}

/** CSV header cells: the id, then the columns in their order. */
export function csvHeader(columns: readonly ClientColumnId[]): string[] {
  return ["Id", ...columns.map((column) => (column === "projects" ? "Projects" : columnLabel(column)))];
}

/** One CSV row: the id, then the visible columns in order (projects as a count and their names). */
export function csvCells(client: ClientFullData, columns: readonly ClientColumnId[]): string[] {
  const cells = columns.map((column) => {
    if (column !== "projects") return cellText(client, column);
    const names = projectsText(client);
    const count = client.projects?.length ?? 0;
    return names ? `${count}: ${names}` : String(count);
  });
  return [client.id, ...cells];
}
