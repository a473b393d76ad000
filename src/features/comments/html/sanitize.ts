import DOMPurify, { type Config, type DOMPurify as Purifier } from "dompurify";

/**
 * Comment HTML is untrusted (SPEC §7.4). It is parsed and cleaned by DOMPurify with an explicit
 * allow-list, then walked into React elements (render-comment.tsx) — never injected as markup.
 */

export const ALLOWED_TAGS = [
  "p",
  "br",
  "strong",
  "b",
  "em",
  "i",
  "u",
  "s",
  "a",
  "ul",
  "ol",
  "li",
  "blockquote",
  "code",
  "pre",
  "mention",
] as const;

const ALLOWED_ATTR = ["href", "data-id"] as const;

/** Only absolute http(s) and mailto links survive. */
export const SAFE_HREF = /^(?:https?:|mailto:)/i;

const CONFIG = {
  ALLOWED_TAGS: [...ALLOWED_TAGS],
  ALLOWED_ATTR: [...ALLOWED_ATTR],
  ALLOW_DATA_ATTR: false,
  // Attribute values are checked against ALLOWED_URI_REGEXP unless declared URI-safe.
  ADD_URI_SAFE_ATTR: ["data-id"],
  ALLOWED_URI_REGEXP: SAFE_HREF,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  RETURN_DOM_FRAGMENT: true,
} satisfies Config & { RETURN_DOM_FRAGMENT: true };

let instance: Purifier | null = null;

/** One DOMPurify instance of our own, with the link hook (hooks are per instance). */
function purifier(): Purifier {
  if (instance) return instance;
  const purify = DOMPurify(window);
  purify.addHook("afterSanitizeAttributes", (node) => {
    if (node.nodeName.toLowerCase() !== "a") return;
    const href = node.getAttribute("href");
    if (href !== null && !SAFE_HREF.test(href.trim())) node.removeAttribute("href");
    node.setAttribute("target", "_blank");
    node.setAttribute("rel", "noopener noreferrer");
  });
  instance = purify;
  return purify;
}

/**
 * `<mention data-id="…" />` is not a void element in HTML: the parser would make everything after it
 * its children. Close it explicitly first (the result is sanitised like the rest).
 */
export function closeMentions(html: string): string {
  return html.replace(/<mention\b([^<>]*?)\/\s*>/gi, "<mention$1></mention>");
}

/** The cleaned body as a detached fragment: only allow-listed elements and attributes remain. */
export function sanitizeComment(html: string): DocumentFragment {
  return purifier().sanitize(closeMentions(html), CONFIG);
}
