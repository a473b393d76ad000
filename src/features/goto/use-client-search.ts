import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { cond, or, print } from "../../filter/index.ts";
import { listClients } from "../../kanbert/clients.ts";
import { useDebouncedValue } from "../../lib/use-debounced-value.ts";
import { useHttp } from "../settings/index.ts";
import { goToKeys } from "./keys.ts";

/** The light `GET /clients` filter for a search: name or shortcode contains the text. */
function clientSearchFilter(text: string): string | null {
  const term = text.trim();
  if (!term) return null;
  return print(or(cond("name", "contains", term), cond("shortcode", "contains", term)));
}

/** Clients whose name or shortcode contains the (debounced) text; nothing is asked for no text. */
export function useClientSearch(text: string) {
  const http = useHttp();
  const filter = clientSearchFilter(useDebouncedValue(text, 200));
  return useQuery({
    queryKey: goToKeys.search(filter ?? ""),
    queryFn: ({ signal }) => listClients(http, { filter, sort: ["name"], pageSize: 10 }, signal),
    enabled: filter !== null,
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  });
}
