/**
 * Query keys of users, one hierarchy and one data shape per key:
 * - `me` → the signed-in user (UserData),
 * - `directory` → the first pages of `GET /users` (UserData[]),
 * - `search(text)` → users matching a trimmed text, 20 at most (UserData[]).
 */
export const userKeys = {
  all: ["users"] as const,
  me: () => [...userKeys.all, "me"] as const,
  directory: () => [...userKeys.all, "directory"] as const,
  search: (text: string) => [...userKeys.all, "search", text.trim()] as const,
};
