import { type $ZodType, type output, safeParse } from "zod/v4/core";
import { ApiError, describeSchemaMismatch, parseRetryAfter } from "./errors.ts";
import type { QueryValue } from "./query.ts";
import { requestHeaders, requestUrl } from "./request.ts";
import { MessageBody, ValidationErrorBody } from "./schemas.ts";

export interface Connection {
  /** e.g. `/api/v1` (same origin, through the dev proxy) or `https://api.kanbert.com/api/v1`. */
  baseUrl: string;
  /** Sent as a bearer token; empty: none is sent (the dev server's proxy adds the development token). */
  token: string;
}

export interface RequestOptions<S extends $ZodType> {
  method?: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  path: string;
  query?: Readonly<Record<string, QueryValue>>;
  body?: unknown;
  schema: S;
  signal?: AbortSignal;
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface HttpClient {
  readonly connection: Connection;
  request<S extends $ZodType>(options: RequestOptions<S>): Promise<output<S>>;
}

export function createHttpClient(
  connection: Connection,
  fetchImpl: FetchLike = (i, init) => fetch(i, init),
): HttpClient {
  const base = connection.baseUrl.replace(/\/+$/, "");
  return {
    connection,
    async request({ method = "GET", path, query, body, schema, signal }) {
      let response: Response;
      try {
        response = await fetchImpl(requestUrl(base, path, query), {
          method,
          headers: requestHeaders(connection.token, body !== undefined),
          body: body === undefined ? undefined : JSON.stringify(body),
          signal,
        });
      } catch (cause) {
        if (signal?.aborted) throw cause;
        throw new ApiError(
          "network",
          0,
          `Could not reach the Kanbert API at ${base}. Check the address and your network.`,
          {
            cause,
          },
        );
      }
      const payload = await readJson(response);
      if (!response.ok) throw errorFromResponse(response, payload);
      const parsed = safeParse(schema, payload);
      if (!parsed.success) {
        throw new ApiError(
          "schema",
          response.status,
          describeSchemaMismatch(`${method} ${path}`, parsed.error),
          {
            cause: parsed.error,
          },
        );
      }
      return parsed.data;
    },
  };
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === "") return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function errorFromResponse(response: Response, payload: unknown): ApiError {
  const retryAfter = parseRetryAfter(response.headers.get("Retry-After"));
  const validation = ValidationErrorBody.safeParse(payload);
  if (validation.success) {
    return new ApiError("http", response.status, validation.data.message, {
      fieldErrors: validation.data.errors,
      retryAfter,
    });
  }
  const plain = MessageBody.safeParse(payload);
  const message = plain.success ? plain.data.message : defaultMessage(response.status);
  return new ApiError("http", response.status, message, { retryAfter });
}

function defaultMessage(status: number): string {
  if (status === 401) return "Not authenticated: the token was missing or not accepted.";
  if (status === 404) return "Not Found";
  if (status === 429) return "Too Many Attempts.";
  return `The Kanbert API answered ${status}.`;
}
