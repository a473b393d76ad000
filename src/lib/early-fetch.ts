/**
 * A GET started before the code that will use it has loaded (e.g. the first page of a list, asked
 * for while the route's chunk is still on its way). `fetch` stands in for the browser's: the first
 * GET of the same URL with the same Authorization takes the early response over instead of asking
 * again; anything else goes to the network. An early response nobody took within `keepMs` is dropped.
 */
export interface EarlyFetch {
  start: (url: string, init: { headers: Record<string, string> }) => void;
  /** A GET already answered (the server sent the answer with the page): taken over like a started one. */
  answer: (url: string, init: { headers: Record<string, string> }, body: string) => void;
  fetch: (input: string, init: RequestInit) => Promise<Response>;
}

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

const keyOf = (url: string, headers: HeadersInit | undefined) =>
  `${new Headers(headers).get("Authorization") ?? ""} ${url}`;

export function createEarlyFetch(
  network: Fetch = (input, init) => fetch(input, init),
  keepMs = 10_000,
): EarlyFetch {
  const started = new Map<string, Promise<Response>>();
  const keep = (key: string, response: Promise<Response>) => {
    started.set(key, response);
    setTimeout(() => {
      if (started.get(key) !== response) return;
      started.delete(key);
      void response.then((unclaimed) => unclaimed.body?.cancel()).catch(() => undefined);
    }, keepMs);
  };
  return {
    start(url, init) {
      const key = keyOf(url, init.headers);
      if (started.has(key)) return;
      const response = network(url, { method: "GET", headers: init.headers });
      // Rejections are the taker's to see; unclaimed ones must not surface as unhandled.
      response.catch(() => undefined);
      keep(key, response);
    },
    answer(url, init, body) {
      const headers = { "Content-Type": "application/json" };
      keep(keyOf(url, init.headers), Promise.resolve(new Response(body, { status: 200, headers })));
    },
    fetch(input, init) {
      const method = (init.method ?? "GET").toUpperCase();
      const key = keyOf(input, init.headers);
      const early = method === "GET" ? started.get(key) : undefined;
      if (!early) return network(input, init);
      started.delete(key);
      return early;
    },
  };
}
