/** Public entry of "Go to client": the header search (Ctrl+K or `/`). */
export { ClientOption } from "./client-option.tsx";
export { useClientSearch } from "./use-client-search.ts";
