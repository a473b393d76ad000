import type { UserData } from "../../../kanbert/schemas.ts";
import { userName } from "../html/mention-chip.tsx";

export const MAX_SUGGESTIONS = 8;

/** Users whose name or e-mail contains the query (case-insensitive), integrations last. */
export function suggestUsers(users: readonly UserData[], query: string): UserData[] {
  const needle = query.trim().toLowerCase();
  const hits = users.filter(
    (user) => userName(user).toLowerCase().includes(needle) || user.email.toLowerCase().includes(needle),
  );
  hits.sort((a, b) => Number(a.type === "integration") - Number(b.type === "integration"));
  return hits.slice(0, MAX_SUGGESTIONS);
}
