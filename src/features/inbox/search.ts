import * as z from "zod/mini";

/** The inbox's sorts: newest / oldest thread first, or by last activity in the thread. */
export const INBOX_SORTS = ["newest", "oldest", "activity"] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];

const optionalText = z.catch(z.optional(z.string()), undefined);
const flag = z.catch(z.optional(z.boolean()), undefined);

/**
 * Search params of `/comments`: the whole view (quick filters, filter text, sort). Anything malformed
 * is dropped, so a broken or old link still opens.
 */
export const inboxSearchSchema = z.object({
  mentions: flag,
  visibility: z.catch(z.optional(z.enum(["internal", "public"])), undefined),
  last7: flag,
  author: optionalText,
  client: optionalText,
  filter: optionalText,
  sort: z.catch(z.optional(z.enum(INBOX_SORTS)), undefined),
});
export type InboxSearch = z.infer<typeof inboxSearchSchema>;

export function validateInboxSearch(search: Record<string, unknown>): InboxSearch {
  const parsed = inboxSearchSchema.safeParse(search);
  return parsed.success ? parsed.data : {};
}
