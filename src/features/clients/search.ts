// zod/mini rather than classic zod: small, and only the lazily loaded view code parses with it.
// The router checks search params with `validateSearch` (./validate-search.ts, no zod at all).
import * as z from "zod/mini";
import { ARCHIVED_SEARCH_MODES } from "./validate-search.ts";

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
