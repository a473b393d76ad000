import { type FilterNode, parse, validate } from "../../filter/index.ts";
import { commentsCatalogue } from "../../kanbert/catalogue.ts";
import type { InboxSearch, InboxSort } from "./search.ts";

const quote = (value: string) => `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;

/** The quick filters as filter-language text (one condition each, joined with `and`). */
function quickFilterText(search: InboxSearch): string[] {
  const parts: string[] = [];
  if (search.mentions) parts.push("mentions.id eq me.id");
  if (search.visibility === "internal") parts.push("is_public eq false");
  if (search.visibility === "public") parts.push("is_public eq true");
  if (search.last7) parts.push("created_at gte today-7d");
  if (search.author) parts.push(`author.id eq ${quote(search.author)}`);
  if (search.client) parts.push(`task.client_id eq ${quote(search.client)}`);
  return parts;
}

export type FilterCheck = { ok: true; text: string; ast: FilterNode | null } | { ok: false; message: string };

/** The typed filter text, checked against the comments catalogue. */
export function checkFilterText(text: string): FilterCheck {
  const parsed = parse(text);
  if (!parsed.ok) return { ok: false, message: parsed.error.message };
  if (parsed.ast === null) return { ok: true, text: "", ast: null };
  const [issue] = validate(parsed.ast, commentsCatalogue);
  return issue ? { ok: false, message: issue.message } : { ok: true, text, ast: parsed.ast };
}

/** The `filter` sent: quick filters and the (valid) typed filter, all of them required. */
export function inboxFilter(search: InboxSearch): string {
  const typed = checkFilterText(search.filter ?? "");
  const parts = quickFilterText(search);
  if (typed.ok && typed.text !== "") parts.push(`(${typed.text})`);
  return parts.join(" and ");
}

export const SORT_KEYS: Record<InboxSort, string> = {
  newest: "-created_at",
  oldest: "created_at",
  activity: "-updated_at",
};
