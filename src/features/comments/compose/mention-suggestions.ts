import type { UserData } from "../../../kanbert/schemas.ts";
import { userName } from "../../users/index.ts";

const MAX_SUGGESTIONS = 8;

/**
 * How well a user matches what follows `@`: 0 the name starts with it (a first-name prefix),
 * 1 another part of the name starts with it (e.g. the surname), 2 the name or e-mail contains it;
 * null for no match.
 */
function mentionRank(user: UserData, query: string): number | null {
  const needle = query.trim().toLowerCase();
  const name = userName(user).toLowerCase();
  if (name.startsWith(needle)) return 0;
  if (name.split(/\s+/).some((part) => part.startsWith(needle))) return 1;
  if (name.includes(needle) || user.email.toLowerCase().includes(needle)) return 2;
  return null;
}

/** Users matching the query, best rank first, people before integrations; otherwise in the given order. */
export function suggestUsers(users: readonly UserData[], query: string): UserData[] {
  const ranked = users.flatMap((user, order) => {
    const rank = mentionRank(user, query);
    return rank === null ? [] : [{ user, rank, order, bot: Number(user.type === "integration") }];
  });
  ranked.sort((a, b) => a.rank - b.rank || a.bot - b.bot || a.order - b.order);
  return ranked.slice(0, MAX_SUGGESTIONS).map((hit) => hit.user);
}
