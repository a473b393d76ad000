/**
 * Public entry of the users feature: one key factory, one search, one user picker, one directory, one name, the
 * signed-in user. It calls the API through `settings`' connection; the settings page imports it
 * back only from its page files, which `settings/index.ts` does not export, so no module loops.
 */

export { type UserLookup, useUserDirectory, useUserLookup } from "./use-user-directory.ts";
export { useUserSearch } from "./use-user-search.ts";
export { useWhoami } from "./use-whoami.ts";
export { matchesUser, userName } from "./user-name.ts";
export { UserPicker } from "./user-picker.tsx";
