// zod/mini rather than classic zod: this schema is part of the entry chunk, where size counts.
// Nothing here may import src/kanbert at runtime (its schemas use classic zod).
import * as z from "zod/mini";
import type { ArchivedMode } from "../../kanbert/catalogue.ts";

/** The API's archived modes; spelled out here so the entry chunk need not load the catalogue. */
export const ARCHIVED_SEARCH_MODES = ["with", "only", "without"] as const satisfies readonly ArchivedMode[];

const optionalText = z.catch(z.optional(z.string()), undefined);

/**
 * Search params of `/clients`: filter text, sort list, archived mode, visible columns. Anything
 * malformed is dropped rather than rejected, so a broken or old link still opens; `readView` then
 * checks the contents and explains what it had to leave out.
 */
export const clientsSearchSchema = z.object({
  filter: optionalText,
  sort: optionalText,
  archived: z.catch(z.optional(z.enum(ARCHIVED_SEARCH_MODES)), undefined),
  cols: optionalText,
});
export type ClientsSearch = z.infer<typeof clientsSearchSchema>;

export function validateClientsSearch(search: Record<string, unknown>): ClientsSearch {
  const parsed = clientsSearchSchema.safeParse(search);
  return parsed.success ? parsed.data : {};
}
