import { queryOptions, useQueries } from "@tanstack/react-query";
import { useMemo } from "react";
import { and, cond, print } from "../../../filter/index.ts";
import { listClientsFull } from "../../../kanbert/clients.ts";
import type { HttpClient } from "../../../kanbert/http.ts";
import type { ClientFullData } from "../../../kanbert/schemas.ts";
import { useHttp } from "../../settings/index.ts";
import { clientKeys } from "./keys.ts";

const CHUNK = 50;
const NONE: ReadonlySet<string> = new Set();

/**
 * The queries that find the archived clients among the loaded rows of an "All" list: the rows do
 * not say it, and the API cannot filter by id, so each chunk of 50 rows asks
 * `archived eq "only" and name in [...]` and keeps the ids that come back (namesakes are told apart by id).
 */
export function archivedAmongOptions(http: HttpClient, rows: readonly ClientFullData[]) {
  const chunks: string[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK)
    chunks.push([...new Set(rows.slice(i, i + CHUNK).map((row) => row.name))].sort());
  return chunks.map((names) =>
    queryOptions({
      queryKey: [...clientKeys.all, "archived-among", names],
      queryFn: async ({ signal }) => {
        const filter = print(and(cond("archived", "eq", "only"), cond("name", "in", names)));
        const page = await listClientsFull(http, { filter, pageSize: 100 }, signal);
        return page.data.map((client) => client.id);
      },
    }),
  );
}

/** The archived clients among the loaded rows of an "All" list (none asked while not `enabled`). */
export function useArchivedIds(rows: readonly ClientFullData[], enabled: boolean): ReadonlySet<string> {
  const http = useHttp();
  const results = useQueries({ queries: enabled ? archivedAmongOptions(http, rows) : [] });
  const ids = results.flatMap((result) => result.data ?? []);
  const key = ids.join(",");
  // The joined ids are the identity of the set: a refetch with the same answer keeps it.
  return useMemo(() => (key ? new Set(key.split(",")) : NONE), [key]);
}
