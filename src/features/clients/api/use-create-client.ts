import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CreateClientBody } from "../../../kanbert/bodies.ts";
import { createClient } from "../../../kanbert/clients.ts";
import { useHttp } from "../../settings/index.ts";
import { detailFromRow } from "./detail-model.ts";
import { clientKeys } from "./keys.ts";
import { restartClientLists } from "./restart-lists.ts";

/**
 * `POST /clients`. The answer is a full record, so it becomes the new client's detail entry at once
 * (its page opens without a request); lists restart from page one to take it in where it sorts.
 */
export function useCreateClient() {
  const http = useHttp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateClientBody) => createClient(http, body),
    onSuccess: (row) => {
      queryClient.setQueryData(clientKeys.detail(row.id), detailFromRow(row, false));
      void restartClientLists(queryClient);
    },
  });
}
