import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../kanbert/errors.ts";
import { createQueryClient, retryDelay, shouldRetry } from "./query-client.ts";

const http = (status: number, retryAfter: number | null = null) =>
  new ApiError("http", status, `status ${status}`, { retryAfter });

describe("query retry policy", () => {
  it("retries network errors, 429 and 5xx up to three times", () => {
    for (const error of [new ApiError("network", 0, "offline"), http(429), http(503)]) {
      expect([0, 1, 2].map((n) => shouldRetry(n, error))).toEqual([true, true, true]);
      expect(shouldRetry(3, error)).toBe(false);
    }
  });

  it("never retries 4xx, schema mismatches or foreign errors", () => {
    for (const error of [http(400), http(401), http(404), http(422), new ApiError("schema", 200, "x")]) {
      expect(shouldRetry(0, error)).toBe(false);
    }
    expect(shouldRetry(0, new Error("bug"))).toBe(false);
  });

  it("backs off exponentially and honours Retry-After", () => {
    expect([0, 1, 2, 3].map((n) => retryDelay(n, http(503)))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelay(10, http(503))).toBe(30_000);
    expect(retryDelay(0, http(429, 7))).toBe(7000);
  });

  it("calls a 401 query once and reports it", async () => {
    const onUnauthorized = vi.fn();
    const client = createQueryClient({ onUnauthorized });
    const queryFn = vi.fn(() => Promise.reject(http(401)));
    await expect(client.fetchQuery({ queryKey: ["x"], queryFn })).rejects.toMatchObject({ status: 401 });
    expect(queryFn).toHaveBeenCalledTimes(1);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it("retries a 503 and succeeds when the server recovers", async () => {
    vi.useFakeTimers();
    try {
      const client = createQueryClient();
      let calls = 0;
      const queryFn = () => (++calls < 3 ? Promise.reject(http(503)) : Promise.resolve("ok"));
      const result = client.fetchQuery({ queryKey: ["y"], queryFn, retry: shouldRetry });
      await vi.advanceTimersByTimeAsync(1000 + 2000);
      await expect(result).resolves.toBe("ok");
      expect(calls).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
