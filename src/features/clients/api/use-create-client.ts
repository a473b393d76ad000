import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef } from "react";
import type { CreateClientBody } from "../../../kanbert/bodies.ts";
import { useHttp } from "../../settings/index.ts";
import { clientCreated, createOrFindClient } from "./create-client.ts";

/** Creates a client (see `createOrFindClient`: a retry after a lost answer never makes a second one). */
export function useCreateClient() {
  const http = useHttp();
  const queryClient = useQueryClient();
  const lostSince = useRef<number | null>(null);
  return useMutation({
    mutationFn: (body: CreateClientBody) => createOrFindClient(http, body, lostSince),
    onSuccess: (row) => clientCreated(queryClient, row, lostSince),
  });
}
