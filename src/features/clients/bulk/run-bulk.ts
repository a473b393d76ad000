import type { QueryClient } from "@tanstack/react-query";
import { isApiError } from "../../../kanbert/errors.ts";
import type { HttpClient } from "../../../kanbert/http.ts";
import type { ClientFullData } from "../../../kanbert/schemas.ts";
import { runOptimistic } from "../../../lib/optimistic.ts";
import { CancelledError, createWorkQueue, type WorkQueue } from "../../../lib/work-queue.ts";
import { holdClientFetches, settleClients } from "../api/client-cache.ts";
import type { ClientListParams } from "../api/keys.ts";
import { type ClientsPage, fetchClientsPage } from "../api/use-clients-infinite.ts";
import { type BulkAction, changeOf } from "./actions.ts";

/**
 * One bulk run: the per-client endpoints through a work queue (4 at once, 429 Retry-After
 * honoured, network and 5xx retried with backoff), each page of clients changed optimistically at
 * once through the runner, failed clients rolled back one by one, lists settled once at the end.
 */

export type BulkTarget =
  | { kind: "rows"; rows: readonly ClientFullData[] }
  | { kind: "matching"; params: ClientListParams; excludedIds: ReadonlySet<string> };

export interface BulkProgress {
  done: number;
  failed: number;
  /** null while "all matching" is still walking the filter's pages. */
  total: number | null;
}

export interface BulkFailure {
  row: ClientFullData;
  message: string;
}

export interface BulkResult {
  action: BulkAction;
  /** The clients changed, as they were before (the snapshot Undo works from). */
  succeeded: ClientFullData[];
  failures: BulkFailure[];
  cancelled: boolean;
}

const BULK_PAGE_SIZE = 100;
const MAX_RATE_LIMIT_WAITS = 20;
const MAX_RETRIES = 3;

/** How long to wait before trying a call again: Retry-After on 429, backoff on network/5xx. */
function bulkRetryDelay(error: unknown, attempt: number): number | null {
  if (!isApiError(error)) return null;
  if (error.status === 429) return attempt <= MAX_RATE_LIMIT_WAITS ? (error.retryAfter ?? 1) * 1000 : null;
  if (error.kind === "network" || error.status >= 500)
    return attempt <= MAX_RETRIES ? 200 * 2 ** (attempt - 1) : null;
  return null;
}

export function createBulkQueue(): WorkQueue {
  return createWorkQueue({ concurrency: 4, retryDelay: bulkRetryDelay });
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export interface RunBulkOptions {
  queryClient: QueryClient;
  http: HttpClient;
  action: BulkAction;
  target: BulkTarget;
  queue: WorkQueue;
  onProgress: (progress: BulkProgress) => void;
}

async function* pagesOf(options: RunBulkOptions): AsyncGenerator<readonly ClientFullData[]> {
  const { target, queue, http } = options;
  if (target.kind === "rows") {
    yield target.rows;
    return;
  }
  let cursor: string | null = null;
  do {
    const at: string | null = cursor;
    const page: ClientsPage = await queue.add(() =>
      fetchClientsPage(http, target.params, at, undefined, BULK_PAGE_SIZE),
    );
    yield page.data.filter((row) => !target.excludedIds.has(row.id));
    cursor = page.meta.next_cursor;
  } while (cursor !== null && !queue.cancelled);
}

export async function runBulk(options: RunBulkOptions): Promise<BulkResult> {
  const { queryClient, http, action, queue, onProgress } = options;
  const change = changeOf(action, queryClient, http);
  const succeeded: ClientFullData[] = [];
  const failures: BulkFailure[] = [];
  let seen = 0;
  let walking = options.target.kind === "matching";
  const report = () =>
    onProgress({ done: succeeded.length, failed: failures.length, total: walking ? null : seen });
  const runs: Promise<unknown>[] = [];
  try {
    for await (const rows of pagesOf(options)) {
      seen += rows.length;
      report();
      runs.push(
        runOptimistic(
          {
            ...change,
            call: (row) =>
              queue
                .add(() => change.call(row))
                .then(
                  (answer) => {
                    succeeded.push(row);
                    report();
                    return answer;
                  },
                  (error: unknown) => {
                    if (!(error instanceof CancelledError)) failures.push({ row, message: reason(error) });
                    report();
                    throw error;
                  },
                ),
          },
          rows,
          { prepare: () => holdClientFetches(queryClient) },
        ),
      );
      if (queue.cancelled) break;
    }
  } finally {
    walking = false;
    await Promise.all(runs);
    report();
    void settleClients(queryClient);
  }
  return { action, succeeded, failures, cancelled: queue.cancelled };
}
