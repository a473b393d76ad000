/** Public entry of the comments feature: threads on a client's tasks (detail page). */
export { commentKeys } from "./api/keys.ts";
export { validateCommentsSearch } from "./validate-search.ts";
export { ClientComments } from "./view/client-comments.tsx";
export { CommentThread } from "./view/comment-thread.tsx";
export { CommentsUnavailable } from "./view/comments-unavailable.tsx";
export { visibleThread } from "./view/visible-thread.ts";
