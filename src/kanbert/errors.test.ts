import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ApiError, describeSchemaMismatch, isApiError, parseRetryAfter } from "./errors.ts";

describe("ApiError", () => {
  it("is an Error named ApiError that keeps its cause", () => {
    const cause = new TypeError("fetch failed");
    const error = new ApiError("network", 0, "No answer", { cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("ApiError");
    expect(error.cause).toBe(cause);
    expect(error.fieldErrors).toEqual({});
    expect(error.retryAfter).toBeNull();
  });

  it("is retryable for no answer, 429 and 5xx only", () => {
    expect(new ApiError("network", 0, "x").isRetryable).toBe(true);
    expect(new ApiError("http", 429, "x").isRetryable).toBe(true);
    expect(new ApiError("http", 500, "x").isRetryable).toBe(true);
    expect(new ApiError("http", 503, "x").isRetryable).toBe(true);
    expect(new ApiError("http", 499, "x").isRetryable).toBe(false);
    expect(new ApiError("http", 404, "x").isRetryable).toBe(false);
    expect(new ApiError("schema", 200, "x").isRetryable).toBe(false);
  });

  it("isApiError tells an ApiError from any other error", () => {
    expect(isApiError(new ApiError("http", 400, "x"))).toBe(true);
    expect(isApiError(new Error("x"))).toBe(false);
    expect(isApiError({ kind: "http", status: 400 })).toBe(false);
  });
});

describe("describeSchemaMismatch", () => {
  const failure = (schema: z.ZodType, value: unknown) => {
    const parsed = schema.safeParse(value);
    if (parsed.success) throw new Error("expected a mismatch");
    return parsed.error;
  };

  it("names the first field path and counts the other issues", () => {
    const error = failure(z.object({ a: z.string(), b: z.string(), c: z.string() }), { a: 1, b: 2, c: 3 });
    expect(describeSchemaMismatch("GET /x", error)).toBe(
      "Unexpected response from GET /x: a: Invalid input: expected string, received number (and 2 more)",
    );
  });

  it("says (root) for a mismatch of the whole body, and nothing more for a single issue", () => {
    expect(describeSchemaMismatch("GET /y", failure(z.string(), 5))).toBe(
      "Unexpected response from GET /y: (root): Invalid input: expected string, received number",
    );
  });

  it("still reads when there is no issue to name", () => {
    expect(describeSchemaMismatch("GET /z", new z.ZodError([]))).toBe("Unexpected response from GET /z");
  });
});

describe("parseRetryAfter", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("reads seconds, including 0", () => {
    expect(parseRetryAfter("7")).toBe(7);
    expect(parseRetryAfter("0")).toBe(0);
  });

  it("is null without a header or with text that is neither seconds nor a date", () => {
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter("soon")).toBeNull();
    expect(parseRetryAfter("Infinity")).toBeNull();
  });

  it("reads an HTTP date as whole seconds from now, never below 0", () => {
    vi.spyOn(Date, "now").mockReturnValue(Date.parse("2026-11-28T12:00:00Z"));
    expect(parseRetryAfter("Sat, 28 Nov 2026 12:00:09 GMT")).toBe(9);
    expect(parseRetryAfter("Sat, 28 Nov 2026 12:00:08 GMT")).toBe(8);
    expect(parseRetryAfter("Sat, 28 Nov 2026 11:59:00 GMT")).toBe(0);
  });

  it("a negative number of seconds is not a delay", () => {
    vi.spyOn(Date, "now").mockReturnValue(Date.parse("2026-11-28T12:00:00Z"));
    expect(parseRetryAfter("-5")).toBe(0);
  });
});
