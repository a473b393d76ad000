import type { ReactNode } from "react";
import type { CommentData } from "../../../kanbert/schemas.ts";

/**
 * Stands in for a thread's first comment when the visibility filter hides it but a reply matches:
 * says so, and holds the matching replies. Same props as CommentCard, so a thread picks either.
 */
export function HiddenRootCard(props: {
  comment: CommentData;
  position?: { index: number };
  children?: ReactNode;
}) {
  const headingId = `comment-${props.comment.id}-by`;
  return (
    <article
      id={`comment-${props.comment.id}`}
      tabIndex={-1}
      aria-labelledby={headingId}
      aria-posinset={props.position ? props.position.index + 1 : undefined}
      aria-setsize={props.position ? -1 : undefined}
      className="rounded-md"
    >
      <h3 id={headingId} className="text-sm text-slate-600 italic dark:text-slate-400">
        Reply in a thread whose first comment is hidden by the filter
      </h3>
      {props.children}
    </article>
  );
}
