/** Public entry of the users feature: one key factory, one search, one directory, one name. */

export { userKeys } from "./keys.ts";
export { userSearchFilter } from "./search-filter.ts";
export { fetchUserDirectory, useUserDirectory } from "./use-user-directory.ts";
export { useUserSearch } from "./use-user-search.ts";
export { matchesUser, userName } from "./user-name.ts";
