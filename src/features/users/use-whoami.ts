import { useQuery } from "@tanstack/react-query";
import { whoami } from "../../kanbert/users.ts";
import { useHttp } from "../settings/index.ts";
import { userKeys } from "./keys.ts";

/** The user the current token belongs to (`GET /whoami`), under `userKeys.me`. */
export function useWhoami() {
  const http = useHttp();
  return useQuery({ queryKey: userKeys.me(), queryFn: ({ signal }) => whoami(http, signal) });
}
