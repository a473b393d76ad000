/**
 * Text PostgreSQL cannot store faithfully: NUL (rejected by the database) and lone UTF-16
 * surrogates (silently turned into U+FFFD). Request bodies, path ids and query values refuse both.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasForbiddenCharacter(text: string): boolean {
  return text.includes("\u0000") || LONE_SURROGATE.test(text);
}

/** "The shortcode contains …" — the message a body field gets for such text. */
export function forbiddenCharacterMessage(label: string): string {
  return `The ${label} contains a character that is not allowed (NUL or an unpaired surrogate).`;
}
