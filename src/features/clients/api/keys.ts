import type { ListParams } from "../../../kanbert/query.ts";

/** Parameters that identify a list of clients; the cursor never belongs in a key. */
export type ClientListParams = Required<Pick<ListParams, "sort" | "pageSize">> & {
  filter: string | null;
  include: readonly string[];
};

/** Query keys of clients, as a hierarchy: invalidate `all` to refresh every list and detail. */
export const clientKeys = {
  all: ["clients"] as const,
  lists: () => [...clientKeys.all, "list"] as const,
  list: (params: ClientListParams) => [...clientKeys.lists(), params] as const,
  details: () => [...clientKeys.all, "detail"] as const,
  detail: (id: string) => [...clientKeys.details(), id] as const,
};
