import type { UserData } from "../../kanbert/schemas.ts";

/** How a user is named everywhere: first and last name, or the e-mail when both are empty. */
export const userName = (user: Pick<UserData, "first_name" | "last_name" | "email">): string =>
  `${user.first_name} ${user.last_name}`.trim() || user.email;

/** Whether the name or e-mail contains `text` (case-insensitive). */
export function matchesUser(user: UserData, text: string): boolean {
  const needle = text.trim().toLowerCase();
  return [user.first_name, user.last_name, user.email, userName(user)].some((part) =>
    part.toLowerCase().includes(needle),
  );
}
