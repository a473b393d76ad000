/** Shortcode rule (SPEC §5.4 assumption): uppercase letters of the name, made unique with a numeric suffix. */

export function shortcodeBase(name: string): string {
  const words = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toUpperCase()
    .split(/[^A-Z]+/)
    .filter((w) => w.length > 0);
  const [first, ...rest] = words;
  if (!first) return "CL";
  const base = first.slice(0, 4) + rest.map((w) => w[0] ?? "").join("");
  return base.slice(0, 6);
}

/** The smallest `base`, `base2`, `base3` … not in `taken` (compared case-insensitively). */
export function firstFreeShortcode(base: string, taken: Iterable<string>): string {
  const used = new Set<number>();
  const upper = base.toUpperCase();
  for (const code of taken) {
    const c = code.toUpperCase();
    if (c === upper) used.add(1);
    else if (c.startsWith(upper)) {
      const suffix = c.slice(upper.length);
      if (/^[1-9][0-9]*$/.test(suffix)) used.add(Number(suffix));
    }
  }
  let n = 1;
  while (used.has(n)) n++;
  return n === 1 ? base : `${base}${n}`;
}
