import { useQuery } from "@tanstack/react-query";
import { whoami } from "../../../kanbert/users.ts";
import { useHttp } from "../use-http.ts";

export const userKeys = {
  all: ["users"] as const,
  me: () => [...userKeys.all, "me"] as const,
};

/** The user the current token belongs to (`GET /whoami`). */
export function useWhoami() {
  const http = useHttp();
  return useQuery({ queryKey: userKeys.me(), queryFn: ({ signal }) => whoami(http, signal) });
}
