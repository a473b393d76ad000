import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { isApiError } from "../kanbert/errors.ts";

const MAX_RETRIES = 3;
const MAX_DELAY_MS = 30_000;

/** Retry only what may succeed later (network, 429, 5xx), at most three times; never a 4xx. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return isApiError(error) && error.isRetryable && failureCount < MAX_RETRIES;
}

/** Exponential backoff (1 s, 2 s, 4 s … ≤ 30 s), or the server's Retry-After when it sent one. */
export function retryDelay(failureCount: number, error: unknown): number {
  if (isApiError(error) && error.retryAfter !== null) return Math.min(error.retryAfter * 1000, 60_000);
  return Math.min(1000 * 2 ** failureCount, MAX_DELAY_MS);
}

export interface QueryClientOptions {
  /** Called whenever a query or mutation is answered with 401. */
  onUnauthorized?: () => void;
}

export function createQueryClient({ onUnauthorized }: QueryClientOptions = {}): QueryClient {
  const onError = (error: unknown) => {
    if (isApiError(error) && error.status === 401) onUnauthorized?.();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, retryDelay },
      mutations: { retry: false },
    },
  });
}
