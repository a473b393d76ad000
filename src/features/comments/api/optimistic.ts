import type { InfiniteData } from "@tanstack/react-query";
import type { listComments } from "../../../kanbert/comments.ts";
import type { CommentData, TaskData, UserData } from "../../../kanbert/schemas.ts";

/** Pure cache edits for optimistic posting; the hook in use-post-comment.ts applies them. */

type CommentPage = Awaited<ReturnType<typeof listComments>>;
export type CommentPages = InfiniteData<CommentPage>;

const PENDING_PREFIX = "pending-";
let counter = 0;

export const isPending = (comment: Pick<CommentData, "id">) => comment.id.startsWith(PENDING_PREFIX);

export interface PendingInput {
  html: string;
  isPublic: boolean;
  parentId: string | null;
  task: TaskData | null;
  author: UserData;
  now: Date;
}

/** A comment as it will probably come back, shown while the post is on its way. */
export function makePending(input: PendingInput): CommentData {
  counter += 1;
  const at = input.now.toISOString();
  return {
    id: `${PENDING_PREFIX}${counter}`,
    external_id: null,
    external_origin: null,
    parent_comment_id: input.parentId,
    task: input.task,
    sub_comments: [],
    author: input.author,
    comment: input.html,
    attachements: [],
    is_public: input.isPublic,
    created_at: at,
    updated_at: at,
  };
}

/** Does a list of one task (or of all, `null`) hold comments on this task? */
export const listShowsTask = (listTaskId: string | null, taskId: string): boolean =>
  listTaskId === null || listTaskId === taskId;

/** Adds a new thread at the top of the first page, or a reply at the end of its thread. */
export function addComment(data: CommentPages, comment: CommentData): CommentPages {
  const parentId = comment.parent_comment_id;
  if (parentId === null) {
    const [first, ...rest] = data.pages;
    if (!first) return data;
    return { ...data, pages: [{ ...first, data: [comment, ...first.data] }, ...rest] };
  }
  return mapThreads(data, (thread) =>
    thread.id === parentId ? { ...thread, sub_comments: [...thread.sub_comments, comment] } : thread,
  );
}

/** Swaps the pending comment for the server's answer, wherever it sits. */
export function replaceComment(data: CommentPages, pendingId: string, real: CommentData): CommentPages {
  return mapThreads(data, (thread) => {
    if (thread.id === pendingId) return { ...real, sub_comments: thread.sub_comments };
    if (!thread.sub_comments.some((reply) => reply.id === pendingId)) return thread;
    return {
      ...thread,
      sub_comments: thread.sub_comments.map((reply) => (reply.id === pendingId ? real : reply)),
    };
  });
}

/** Takes a comment out (a thread at the top level, or a reply), wherever it sits. */
export function removeComment(data: CommentPages, id: string): CommentPages {
  const pages = data.pages.map((page) => ({
    ...page,
    data: page.data
      .filter((thread) => thread.id !== id)
      .map((thread) =>
        thread.sub_comments.some((reply) => reply.id === id)
          ? { ...thread, sub_comments: thread.sub_comments.filter((reply) => reply.id !== id) }
          : thread,
      ),
  }));
  return { ...data, pages };
}

function mapThreads(data: CommentPages, edit: (thread: CommentData) => CommentData): CommentPages {
  return { ...data, pages: data.pages.map((page) => ({ ...page, data: page.data.map(edit) })) };
}
