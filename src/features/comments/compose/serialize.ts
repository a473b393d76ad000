/** The composer's plain text (with "@First Last" mention tokens) → comment HTML, and back to nothing else. */

export interface MentionToken {
  userId: string;
  /** The text shown in the draft, e.g. "@Ada Lovelace". */
  label: string;
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** One paragraph's text with each mention label replaced by its `<mention>` element. */
function inline(text: string, mentions: readonly MentionToken[]): string {
  const sorted = [...mentions].sort((a, b) => b.label.length - a.label.length);
  let html = "";
  let rest = text;
  while (rest.length > 0) {
    let at = -1;
    let found: MentionToken | undefined;
    for (const mention of sorted) {
      const index = rest.indexOf(mention.label);
      if (index !== -1 && (at === -1 || index < at)) {
        at = index;
        found = mention;
      }
    }
    if (!found) break;
    html += `${escapeHtml(rest.slice(0, at))}<mention data-id="${escapeHtml(found.userId)}" />`;
    rest = rest.slice(at + found.label.length);
  }
  return html + escapeHtml(rest);
}

/** Blank lines separate paragraphs (`<p>`), single line breaks become `<br />`. */
export function draftToHtml(text: string, mentions: readonly MentionToken[]): string {
  return text
    .replaceAll("\r\n", "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "")
    .map(
      (paragraph) =>
        `<p>${paragraph
          .split("\n")
          .map((line) => inline(line, mentions))
          .join("<br />")}</p>`,
    )
    .join("");
}

/** The `@query` being typed just before the caret, if any: the text after `@` (no line breaks). */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)@([^\s@]*(?: [^\s@]*)?)$/.exec(before);
  if (!match) return null;
  const query = match[2] ?? "";
  return { start: caret - query.length - 1, query };
}
