// zod/mini rather than classic zod: this schema is part of the entry chunk, where size counts.
import * as z from "zod/mini";

/**
 * Search params of `/clients`. Nothing is read yet; filter, sort, archived mode and columns come
 * with the real table. Unknown params are dropped rather than rejected, so old links still open.
 */
export const clientsSearchSchema = z.object({});
export type ClientsSearch = z.infer<typeof clientsSearchSchema>;

export function validateClientsSearch(search: Record<string, unknown>): ClientsSearch {
  const parsed = clientsSearchSchema.safeParse(search);
  return parsed.success ? parsed.data : {};
}
