import type { ListParams } from "../../../kanbert/query.ts";
import type { ClientListParams } from "./keys.ts";

export const CLIENTS_PAGE_SIZE = 50;

/** What one page of a list asks `GET /clients/full`: projects included, canonical filter and sort. */
export function clientsPageRequest(
  params: ClientListParams,
  cursor: string | null,
  pageSize = CLIENTS_PAGE_SIZE,
): ListParams {
  return {
    filter: params.filter || null,
    sort: params.sort ? params.sort.split(",") : [],
    include: ["projects"],
    pageSize,
    cursor,
  };
}
