/** Joins class names, skipping falsy parts: `cn("a", cond && "b")`. */
export function cn(...parts: ReadonlyArray<string | false | null | undefined>): string {
  return parts.filter(Boolean).join(" ");
}
