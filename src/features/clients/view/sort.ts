/** The sort list of a view, as the API's `sort` parameter spells it: `-created_at,name`. */

export interface SortKey {
  key: string;
  desc: boolean;
}

export function parseSort(text: string, allowed: readonly string[]): SortKey[] {
  const seen = new Set<string>();
  const keys: SortKey[] = [];
  for (const item of text.split(",")) {
    const desc = item.startsWith("-");
    const key = desc ? item.slice(1) : item;
    if (!allowed.includes(key) || seen.has(key)) continue;
    seen.add(key);
    keys.push({ key, desc });
  }
  return keys;
}

export function printSort(keys: readonly SortKey[]): string {
  return keys.map(({ key, desc }) => (desc ? `-${key}` : key)).join(",");
}

/**
 * A click sorts by that column alone (or reverses it when it already leads); with Shift it adds the
 * column as the next key, or reverses it where it already stands.
 */
export function toggleSort(keys: readonly SortKey[], key: string, additive: boolean): SortKey[] {
  const index = keys.findIndex((k) => k.key === key);
  const current = keys[index];
  if (additive) {
    if (!current) return [...keys, { key, desc: false }];
    return keys.map((k, i) => (i === index ? { key, desc: !k.desc } : k));
  }
  if (index === 0 && current) return [{ key, desc: !current.desc }];
  return [{ key, desc: false }];
}

/** The keys whose column is shown (a hidden column could not show that it sorts). */
export function visibleSort(keys: readonly SortKey[], columns: readonly string[]): SortKey[] {
  return keys.filter(({ key }) => columns.includes(key));
}
