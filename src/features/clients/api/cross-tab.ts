import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import * as z from "zod/mini";
import { createBroadcast } from "../../../lib/broadcast.ts";
import { clientKeys } from "./keys.ts";

/**
 * Other tabs of this browser hear that clients changed (after every create, edit, delete, restore)
 * and invalidate their client queries: what they show refetches, the rest refetches when next used.
 */
const channel = createBroadcast("kanbert.clients", z.object({ type: z.literal("clients-changed") }));

export function announceClientsChanged(): void {
  channel.post({ type: "clients-changed" });
}

function useClientsCrossTabSync(): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      channel.subscribe(() => {
        void queryClient.invalidateQueries({ queryKey: clientKeys.all });
      }),
    [queryClient],
  );
}

/**
 * Mounted once in the app: listens for changes made in other tabs. The app mounts it deferred
 * (`src/ui/deferred.tsx`), for the channel checks messages with zod, which the entry chunk leaves out.
 */
export function ClientsCrossTabSync(): null {
  useClientsCrossTabSync();
  return null;
}
