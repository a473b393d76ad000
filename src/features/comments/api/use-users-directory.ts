import { useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import type { UserData } from "../../../kanbert/schemas.ts";
import { listUsers } from "../../../kanbert/users.ts";
import { useHttp } from "../../settings/index.ts";
import { commentKeys } from "./keys.ts";

const MAX_PAGES = 20;

/** Every user (`GET /users`, all pages, cached): names for mentions and the mention suggestions. */
export function useUsersDirectory() {
  const http = useHttp();
  const query = useQuery({
    queryKey: commentKeys.usersDirectory(),
    queryFn: async ({ signal }) => {
      const users: UserData[] = [];
      let cursor: string | null = null;
      for (let n = 0; n < MAX_PAGES; n++) {
        const page = await listUsers(http, { pageSize: 100, sort: ["last_name"], cursor }, signal);
        users.push(...page.data);
        cursor = page.meta.next_cursor;
        if (cursor === null) break;
      }
      return { list: users, byId: new Map(users.map((user) => [user.id, user])) };
    },
    staleTime: 5 * 60_000,
  });
  const byId = query.data?.byId;
  const lookup = useCallback((id: string) => byId?.get(id), [byId]);
  return { users: query.data?.list ?? [], lookup, isPending: query.isPending };
}
