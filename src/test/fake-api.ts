import { createHttpClient } from "../kanbert/http.ts";

/**
 * A fake Kanbert API for unit tests of the feature APIs, without React: a real HttpClient whose
 * requests are answered by `answer` and recorded. Answer with a value (sent as JSON with 200), a
 * Response, or a promise of one the test settles later (see `held`).
 */
export interface FakeRequest {
  method: string;
  /** The path below the base URL, e.g. `/clients/full`. */
  path: string;
  query: URLSearchParams;
  body: unknown;
}

const BASE_URL = "http://api.test/v1";

export function fakeApi(answer: (request: FakeRequest) => unknown) {
  const requests: FakeRequest[] = [];
  const http = createHttpClient({ baseUrl: BASE_URL, token: "t" }, async (input, init) => {
    const url = new URL(input);
    const request: FakeRequest = {
      method: init.method ?? "GET",
      path: url.pathname.slice(new URL(BASE_URL).pathname.length),
      query: url.searchParams,
      body: typeof init.body === "string" ? JSON.parse(init.body) : undefined,
    };
    requests.push(request);
    const answered = await answer(request);
    return answered instanceof Response ? answered : json(200, answered);
  });
  /** Each request as `METHOD /path?query` (query decoded), in order. */
  const calls = () =>
    requests.map(({ method, path, query }) => {
      const search = [...query].map(([name, value]) => `${name}=${value}`).join("&");
      return `${method} ${path}${search ? `?${search}` : ""}`;
    });
  return { http, requests, calls };
}

export const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });

/** An answer the test gives later: `promise` is what the fake API returns, `settle` answers it. */
export function held() {
  let settle: (response: Response) => void = () => {};
  const promise = new Promise<Response>((resolve) => {
    settle = resolve;
  });
  return { promise, settle };
}

/** A page of a list answer, as the API sends it. */
export const listPage = <T>(data: T[], next: string | null = null) => ({
  data,
  links: [],
  meta: {
    path: "/",
    per_page: 50,
    next_cursor: next,
    next_cursor_url: null,
    prev_cursor: null,
    prev_cursor_url: null,
  },
});
