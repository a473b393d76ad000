import { badRequest } from "../http/errors.ts";

export interface SortItem {
  key: string;
  desc: boolean;
}

/** `-created_at,name` → items; empty item, unknown key, repeated key → 400 (SPEC §6.2a). */
export function parseSort(raw: string | null, allowed: readonly string[]): SortItem[] {
  if (raw === null) return [];
  const items: SortItem[] = [];
  for (const part of raw.split(",")) {
    const desc = part.startsWith("-");
    const key = desc ? part.slice(1) : part;
    if (key === "") throw badRequest("The sort parameter contains an empty item.");
    if (!allowed.includes(key)) {
      throw badRequest(
        `Requested sort(s) \`${key}\` is not allowed. Allowed sort(s) are \`${allowed.join(", ")}\`.`,
      );
    }
    if (items.some((item) => item.key === key)) throw badRequest(`The sort key \`${key}\` is repeated.`);
    items.push({ key, desc });
  }
  return items;
}

export const printSort = (items: readonly SortItem[]) =>
  items.map((item) => (item.desc ? `-${item.key}` : item.key)).join(",");
