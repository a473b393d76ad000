/** Public entry of the comments feature: threads on a client's tasks (detail page). */
export { commentKeys } from "./api/keys.ts";
export { ClientComments } from "./view/client-comments.tsx";
export { validateCommentsSearch } from "./view/comments-search.ts";
