import { createElement, type ReactNode } from "react";
import type { UserLookup } from "../../users/index.ts";
import { MentionChip } from "./mention-chip.tsx";
import { ALLOWED_TAGS, SAFE_HREF, sanitizeComment } from "./sanitize.ts";

/** Allow-listed elements rendered as themselves; links and mentions are rendered by toReact below. */
const ELEMENTS = new Set<string>(ALLOWED_TAGS.filter((tag) => tag !== "a" && tag !== "mention"));

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

function children(node: Node, users: UserLookup, path: string): ReactNode[] {
  return Array.from(node.childNodes, (child, index) => toReact(child, users, `${path}.${index}`));
}

function toReact(node: Node, users: UserLookup, key: string): ReactNode {
  if (node.nodeType === 3) return node.textContent;
  if (!isElement(node)) return null;
  const tag = node.localName;
  const inner = children(node, users, key);
  if (tag === "mention") {
    const id = node.getAttribute("data-id") ?? "";
    return (
      <span key={key}>
        <MentionChip user={users(id)} />
        {inner}
      </span>
    );
  }
  if (tag === "a") {
    const href = node.getAttribute("href")?.trim() ?? "";
    if (!SAFE_HREF.test(href)) return <span key={key}>{inner}</span>;
    return (
      <a
        key={key}
        href={href}
        target="_blank"
        rel="noopener noreferrer"
        className="text-indigo-700 underline dark:text-indigo-300"
      >
        {inner}
      </a>
    );
  }
  if (tag === "br") return <br key={key} />;
  if (ELEMENTS.has(tag)) return createElement(tag, { key }, ...inner);
  return <span key={key}>{inner}</span>;
}

/** Untrusted comment HTML → React elements (sanitised first; mentions from the users list). */
export function renderCommentHtml(html: string, users: UserLookup): ReactNode[] {
  return children(sanitizeComment(html), users, "n");
}
