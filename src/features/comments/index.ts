/** Public entry of the comments feature: threads on a client's tasks (detail page). */
export { commentKeys } from "./api/keys.ts";
export { Composer } from "./compose/composer.tsx";
export { ClientComments } from "./view/client-comments.tsx";
export { CommentThread } from "./view/comment-thread.tsx";
export { CommentsUnavailable } from "./view/comments-unavailable.tsx";
export { MirrorSince } from "./view/mirror-since.tsx";
export { visibleThread } from "./view/visible-thread.ts";
