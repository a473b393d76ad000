import { useQueries } from "@tanstack/react-query";
import { useMemo } from "react";
import { and, cond, print } from "../../../filter/index.ts";
import { listClientsFull } from "../../../kanbert/clients.ts";
import type { ClientFullData } from "../../../kanbert/schemas.ts";
import { useHttp } from "../../settings/index.ts";
import { clientKeys } from "./keys.ts";

const CHUNK = 50;
const NONE: ReadonlySet<string> = new Set();

/**
 * The archived clients among the loaded rows of an "All" list: the rows do not say it, and the API
 * cannot filter by id, so each chunk of rows asks `archived eq "only" and name in [...]` and keeps
 * the ids that come back (namesakes are told apart by id).
 */
export function useArchivedIds(rows: readonly ClientFullData[], enabled: boolean): ReadonlySet<string> {
  const http = useHttp();
  const chunks: string[][] = [];
  if (enabled)
    for (let i = 0; i < rows.length; i += CHUNK)
      chunks.push([...new Set(rows.slice(i, i + CHUNK).map((row) => row.name))].sort());
  const results = useQueries({
    queries: chunks.map((names) => ({
      queryKey: [...clientKeys.all, "archived-among", names] as const,
      queryFn: async ({ signal }: { signal: AbortSignal }) => {
        const filter = print(and(cond("archived", "eq", "only"), cond("name", "in", names)));
        const page = await listClientsFull(http, { filter, pageSize: 100 }, signal);
        return page.data.map((client) => client.id);
      },
    })),
  });
  const ids = results.flatMap((result) => result.data ?? []);
  const key = ids.join(",");
  // The joined ids are the identity of the set: a refetch with the same answer keeps it.
  return useMemo(() => (key ? new Set(key.split(",")) : NONE), [key]);
}
