/**
 * LIKE patterns, always used with `escape '\'`. Substring tests escape the value so `%`, `_` and
 * `\` match themselves; a user's `like` pattern is passed as written, except that a lone trailing
 * backslash (which PostgreSQL rejects) means a literal backslash, as in `likePattern`.
 */

const escapeLike = (value: string): string => value.replace(/[\\%_]/g, (char) => `\\${char}`);

export function containsPattern(op: "contains" | "startswith" | "endswith", value: string): string {
  const literal = escapeLike(value);
  if (op === "startswith") return `${literal}%`;
  if (op === "endswith") return `%${literal}`;
  return `%${literal}%`;
}

export function userLikePattern(pattern: string): string {
  let out = "";
  // Stryker disable next-line EqualityOperator: one more step reads charAt(length) = "", which adds nothing
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern.charAt(i);
    if (char !== "\\") out += char;
    else if (i + 1 < pattern.length) out += `\\${pattern.charAt(++i)}`;
    else out += "\\\\";
  }
  return out;
}
