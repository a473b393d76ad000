import type { SortKey } from "./sort.ts";

const words: Record<string, string> = { name: "name", shortcode: "shortcode", created_at: "date created" };

/** "sorted by date created, newest first, then name" — the table's name says how it is ordered. */
export function describeSortList(sort: readonly SortKey[]): string {
  if (sort.length === 0) return "unsorted";
  const parts = sort.map(({ key, desc }) => {
    const word = words[key] ?? key;
    if (!desc) return word;
    return key === "created_at" ? `${word}, newest first` : `${word}, descending`;
  });
  return `sorted by ${parts.join(", then ")}`;
}
