import type { CommentData } from "../../../kanbert/schemas.ts";
import type { Visibility } from "../api/keys.ts";

/** What the visibility filter leaves of a thread: every comment is checked, replies included. */
export interface VisibleThread {
  /** False when the first comment does not match but a reply does (the thread is shown for it). */
  rootShown: boolean;
  replies: CommentData[];
}

const isVisible = (visibility: Visibility, comment: Pick<CommentData, "is_public">): boolean =>
  visibility === "all" || comment.is_public === (visibility === "public");

/** The thread as the filter shows it, or null when nothing in it matches. */
export function visibleThread(thread: CommentData, visibility: Visibility): VisibleThread | null {
  const rootShown = isVisible(visibility, thread);
  const replies = thread.sub_comments.filter((reply) => isVisible(visibility, reply));
  if (!rootShown && replies.length === 0) return null;
  return { rootShown, replies };
}
