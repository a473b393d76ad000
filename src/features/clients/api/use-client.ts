import { useQuery } from "@tanstack/react-query";
import { getClient } from "../../../kanbert/clients.ts";
import { useHttp } from "../../settings/index.ts";
import { clientKeys } from "./keys.ts";

/** One client by id (`GET /clients/{id}`, the slim ClientData). */
export function useClient(id: string) {
  const http = useHttp();
  return useQuery({
    queryKey: clientKeys.detail(id),
    queryFn: ({ signal }) => getClient(http, { key: id }, signal),
  });
}
