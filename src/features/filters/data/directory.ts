import { useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { SpaceData } from "../../../kanbert/schemas.ts";
import { useUserDirectory } from "../../users/index.ts";

const ClientPages = z.object({
  pages: z.array(z.object({ data: z.array(z.object({ origin_space: z.nullable(SpaceData) })) })),
});

/**
 * Spaces a person can pick for `origin_space.id`. The API has no spaces endpoint, so they are
 * gathered from what the app already knows: the users' spaces and the origin spaces of the clients
 * in the list cache. The picker also takes any id typed by hand.
 */
export function useKnownSpaces(): SpaceData[] {
  const queryClient = useQueryClient();
  const users = useUserDirectory().data ?? [];
  const spaces = new Map<string, SpaceData>();
  for (const user of users) spaces.set(user.space.id, user.space);
  for (const [, data] of queryClient.getQueriesData({ queryKey: ["clients"] })) {
    const parsed = ClientPages.safeParse(data);
    if (!parsed.success) continue;
    for (const page of parsed.data.pages)
      for (const client of page.data)
        if (client.origin_space) spaces.set(client.origin_space.id, client.origin_space);
  }
  return [...spaces.values()].sort((a, b) => a.name.localeCompare(b.name));
}
