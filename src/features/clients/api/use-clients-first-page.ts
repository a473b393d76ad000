import { useQuery } from "@tanstack/react-query";
import { listClientsFull } from "../../../kanbert/clients.ts";
import { useHttp } from "../../settings/index.ts";
import { type ClientListParams, clientKeys } from "./keys.ts";

export const FIRST_PAGE_PARAMS: ClientListParams = {
  sort: ["name"],
  pageSize: 50,
  filter: null,
  include: [],
};

/** The first page of `GET /clients/full` for the given parameters. */
export function useClientsFirstPage(params: ClientListParams = FIRST_PAGE_PARAMS) {
  const http = useHttp();
  return useQuery({
    queryKey: clientKeys.list(params),
    queryFn: ({ signal }) =>
      listClientsFull(
        http,
        {
          sort: params.sort,
          pageSize: params.pageSize,
          filter: params.filter,
          include: params.include,
        },
        signal,
      ),
  });
}
