import type { QueryClient } from "@tanstack/react-query";
import type { CreateClientBody } from "../../../kanbert/bodies.ts";
import { createClient } from "../../../kanbert/clients.ts";
import { ApiError } from "../../../kanbert/errors.ts";
import type { HttpClient } from "../../../kanbert/http.ts";
import type { ClientFullData } from "../../../kanbert/schemas.ts";
import { restartClientLists } from "./client-cache.ts";
import { detailFromRow } from "./detail-model.ts";
import { clientFeedback } from "./feedback.ts";
import { findLostCreate } from "./find-lost-create.ts";
import { clientKeys } from "./keys.ts";

/** When the first create whose answer was lost started (`Date.now()`), null while none was lost. */
export interface LostSince {
  current: number | null;
}

/**
 * `POST /clients`. After a network error the server may still have created the client: the next
 * attempt first looks for it (see `findLostCreate`) and, when found, answers with it instead of
 * creating a second one.
 */
export async function createOrFindClient(
  http: HttpClient,
  body: CreateClientBody,
  lostSince: LostSince,
): Promise<ClientFullData> {
  const since = lostSince.current;
  const found = since === null ? null : await findLostCreate(http, body, since);
  if (found) return found;
  const started = Date.now();
  try {
    return await createClient(http, body);
  } catch (error) {
    if (error instanceof ApiError && error.kind === "network") lostSince.current = since ?? started;
    throw error;
  }
}

/**
 * The answer is a full record, so it becomes the new client's detail entry at once (its page opens
 * without a request); lists restart from page one to take it in where it sorts. The answer may omit
 * `projects` (SPEC §5: "omitted or []"), but a client made a moment ago has none: the entry says so.
 */
export function clientCreated(queryClient: QueryClient, row: ClientFullData, lostSince: LostSince): void {
  lostSince.current = null;
  queryClient.setQueryData(
    clientKeys.detail(row.id),
    detailFromRow({ ...row, projects: row.projects ?? [] }, false),
  );
  clientFeedback.created(row.name);
  void restartClientLists(queryClient);
}
