/** Public entry of the comments inbox (`/comments`). */

export { MentionsCount } from "./view/mentions-count.tsx";
