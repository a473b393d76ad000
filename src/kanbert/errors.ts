import type { $ZodError } from "zod/v4/core";

export type ApiErrorKind = "http" | "network" | "schema";

/**
 * Every failure of a Kanbert call: an HTTP error answer, a request that never got an answer, or an
 * answer whose body is not what the API documents.
 */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** HTTP status; 0 when there was no answer. */
  readonly status: number;
  /** Per-field messages of a 422 (`errors.<field>`). */
  readonly fieldErrors: Readonly<Record<string, readonly string[]>>;
  /** Seconds to wait, from `Retry-After` on a 429. */
  readonly retryAfter: number | null;

  constructor(
    kind: ApiErrorKind,
    status: number,
    message: string,
    options: { fieldErrors?: Record<string, string[]>; retryAfter?: number | null; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "ApiError";
    this.kind = kind;
    this.status = status;
    this.fieldErrors = options.fieldErrors ?? {};
    this.retryAfter = options.retryAfter ?? null;
  }

  get isRetryable(): boolean {
    return this.kind === "network" || this.status === 429 || this.status >= 500;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** "data.0.primary_contact.email: expected string, received undefined" — names the field path. */
export function describeSchemaMismatch(what: string, error: $ZodError): string {
  const first = error.issues[0];
  if (!first) return `Unexpected response from ${what}`;
  const path = first.path.map(String).join(".") || "(root)";
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : "";
  return `Unexpected response from ${what}: ${path}: ${first.message}${more}`;
}

export function parseRetryAfter(value: string | null): number | null {
  if (value === null) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
