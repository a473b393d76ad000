// zod/mini: the type of the inbox's search params. The router checks them with `validateInboxSearch`
// (./validate-search.ts, no zod, for it is part of the entry chunk).
import * as z from "zod/mini";
import { INBOX_SORTS, INBOX_VISIBILITIES } from "./validate-search.ts";

const optionalText = z.catch(z.optional(z.string()), undefined);
const flag = z.catch(z.optional(z.boolean()), undefined);

/**
 * Search params of `/comments`: the whole view (quick filters, filter text, sort). Anything malformed
 * is dropped, so a broken or old link still opens.
 */
export const inboxSearchSchema = z.object({
  mentions: flag,
  visibility: z.catch(z.optional(z.enum(INBOX_VISIBILITIES)), undefined),
  last7: flag,
  author: optionalText,
  client: optionalText,
  filter: optionalText,
  sort: z.catch(z.optional(z.enum(INBOX_SORTS)), undefined),
});
export type InboxSearch = z.infer<typeof inboxSearchSchema>;
export type InboxSort = NonNullable<InboxSearch["sort"]>;
