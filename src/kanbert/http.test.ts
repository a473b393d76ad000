import { describe, expect, it } from "vitest";
import { z } from "zod";
import { $ZodError } from "zod/v4/core";
import { publishedPage, publishedUser } from "./__tests__/samples.ts";
import { listClientsFull } from "./clients.ts";
import { ApiError } from "./errors.ts";
import { createHttpClient, type FetchLike } from "./http.ts";
import { MessageBody } from "./schemas.ts";
import { whoami } from "./users.ts";

function fakeFetch(status: number, body: unknown, headers: Record<string, string> = {}) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl: FetchLike = async (url, init) => {
    calls.push({ url, init });
    return new Response(body === undefined ? "" : JSON.stringify(body), { status, headers });
  };
  return { calls, fetchImpl };
}

const connection = { baseUrl: "https://api.example.test/api/v1/", token: "secret" };

describe("createHttpClient", () => {
  it("sends the bearer token and builds the URL from the base and the encoded query", async () => {
    const { calls, fetchImpl } = fakeFetch(200, publishedPage);
    const http = createHttpClient(connection, fetchImpl);
    await listClientsFull(http, { pageSize: 50, sort: ["-created_at"], filter: "name contains 'a&b'" });
    expect(calls[0]?.url).toBe(
      "https://api.example.test/api/v1/clients/full?page%5Bsize%5D=50&filter=name%20contains%20%27a%26b%27&sort=-created_at",
    );
    expect(new Headers(calls[0]?.init.headers).get("Authorization")).toBe("Bearer secret");
  });

  it("sends no Authorization header without a token (the dev proxy adds its own)", async () => {
    const { calls, fetchImpl } = fakeFetch(200, publishedUser);
    await whoami(createHttpClient({ baseUrl: "/api/v1", token: "" }, fetchImpl));
    expect(new Headers(calls[0]?.init.headers).has("Authorization")).toBe(false);
  });

  it("returns the parsed body", async () => {
    const http = createHttpClient(connection, fakeFetch(200, publishedUser).fetchImpl);
    expect((await whoami(http)).email).toBe("string");
  });

  it("turns a 422 into an ApiError with field errors", async () => {
    const body = {
      message: "The given data was invalid.",
      errors: { name: ["The name field is required."] },
    };
    const http = createHttpClient(connection, fakeFetch(422, body).fetchImpl);
    const error = await whoami(http).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 422,
      kind: "http",
      fieldErrors: { name: ["The name field is required."] },
    });
  });

  it("reads Retry-After on a 429 and marks it retryable", async () => {
    const http = createHttpClient(
      connection,
      fakeFetch(429, { message: "Too Many Attempts." }, { "Retry-After": "7" }).fetchImpl,
    );
    const error = await whoami(http).catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 429,
      retryAfter: 7,
      message: "Too Many Attempts.",
      isRetryable: true,
    });
  });

  it("reports a 401 with the API's message and does not retry it", async () => {
    const http = createHttpClient(connection, fakeFetch(401, { message: "Unauthenticated." }).fetchImpl);
    const error = await whoami(http).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401, message: "Unauthenticated.", isRetryable: false });
  });

  it("reports a network failure as kind 'network' naming the base URL", async () => {
    const http = createHttpClient(connection, async () => {
      throw new TypeError("fetch failed");
    });
    const error = await whoami(http).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "network", status: 0 });
    expect(error).toHaveProperty("message", expect.stringContaining("https://api.example.test/api/v1"));
  });

  it("reports a body that does not match the schema as kind 'schema' with the field path", async () => {
    const http = createHttpClient(connection, fakeFetch(200, { ...publishedUser, type: "robot" }).fetchImpl);
    const error = await whoami(http).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "schema" });
    expect(error).toHaveProperty("message", expect.stringMatching(/GET \/whoami: type: /));
  });

  it("asks for JSON, trims the base's trailing slashes and adds no '?' without a query", async () => {
    const { calls, fetchImpl } = fakeFetch(200, publishedUser);
    await whoami(createHttpClient({ baseUrl: "https://api.example.test/api/v1//", token: "t" }, fetchImpl));
    expect(calls[0]?.url).toBe("https://api.example.test/api/v1/whoami");
    expect(calls[0]?.init.method).toBe("GET");
    expect(calls[0]?.init.body).toBeUndefined();
    const headers = new Headers(calls[0]?.init.headers);
    expect(headers.get("Accept")).toBe("application/json");
    expect(headers.has("Content-Type")).toBe(false);
  });

  it("adds no '?' when every query value is empty", async () => {
    const { calls, fetchImpl } = fakeFetch(200, publishedPage);
    await listClientsFull(createHttpClient(connection, fetchImpl), {});
    expect(calls[0]?.url).toBe("https://api.example.test/api/v1/clients/full");
  });

  it("sends a body as JSON with its content type", async () => {
    const { calls, fetchImpl } = fakeFetch(200, { message: "ok" });
    const http = createHttpClient(connection, fetchImpl);
    await http.request({ method: "POST", path: "/things", body: { name: "A" }, schema: MessageBody });
    expect(calls[0]?.init.method).toBe("POST");
    expect(calls[0]?.init.body).toBe('{"name":"A"}');
    expect(new Headers(calls[0]?.init.headers).get("Content-Type")).toBe("application/json");
  });

  it("reads an empty answer as null (204 No Content)", async () => {
    const http = createHttpClient(connection, async () => new Response(null, { status: 204 }));
    expect(await http.request({ method: "DELETE", path: "/webhooks/w1", schema: z.null() })).toBeNull();
  });

  it("an aborted request rejects with the abort itself, not as a network failure", async () => {
    const controller = new AbortController();
    controller.abort();
    const abort = new DOMException("The operation was aborted.", "AbortError");
    const http = createHttpClient(connection, async () => {
      throw abort;
    });
    const error = await whoami(http, controller.signal).catch((e: unknown) => e);
    expect(error).toBe(abort);
  });

  it("network and schema failures keep their cause", async () => {
    const offline = new TypeError("fetch failed");
    const network = await whoami(
      createHttpClient(connection, async () => {
        throw offline;
      }),
    ).catch((e: unknown) => e);
    expect(network).toHaveProperty("cause", offline);
    const schema = await whoami(createHttpClient(connection, fakeFetch(200, { id: 1 }).fetchImpl)).catch(
      (e: unknown) => e,
    );
    expect(schema).toHaveProperty("cause", expect.any($ZodError));
  });

  it("an error answer without the API's message says what happened by status", async () => {
    const answer = async (status: number, text: string) => {
      const http = createHttpClient(connection, async () => new Response(text, { status }));
      return whoami(http).catch((e: unknown) => e);
    };
    expect(await answer(401, "")).toMatchObject({
      kind: "http",
      status: 401,
      message: "Not authenticated: the token was missing or not accepted.",
    });
    expect(await answer(404, "")).toMatchObject({ kind: "http", message: "Not Found" });
    expect(await answer(429, "")).toMatchObject({ kind: "http", message: "Too Many Attempts." });
    expect(await answer(502, "<html>Bad Gateway</html>")).toMatchObject({
      kind: "http",
      status: 502,
      message: "The Kanbert API answered 502.",
    });
  });
});
