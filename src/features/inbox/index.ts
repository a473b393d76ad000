/** Public entry of the comments inbox (`/comments`). */

export { validateInboxSearch } from "./validate-search.ts";
export { MentionsCount } from "./view/mentions-count.tsx";
