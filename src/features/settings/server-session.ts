import type { FetchLike } from "../../kanbert/http.ts";
import type { FirstContent } from "../../ui/first-content.ts";
import type { ConnectionState, ConnectionStore } from "./connection-store.ts";

/** The production server's copy of the token (server/session.ts) and the API path it forwards. */
const SESSION_PATH = "/session";
const SERVER_API_PATH = "/api/v1";
/** A viewport this much taller or shorter than the server's rows were for (about a row) is told again. */
const VIEWPORT_TOLERANCE_PX = 40;
/** The tallest viewport the server accepts (server/session.ts); a height it would refuse is not told. */
const MAX_VIEWPORT_HEIGHT = 10_000;

/** The height to tell the server, or `undefined` (left out) for one it would refuse with the token. */
function heightToTell(height: number): number | undefined {
  return Number.isInteger(height) && height >= 1 && height <= MAX_VIEWPORT_HEIGHT ? height : undefined;
}

/**
 * Whether the server may keep the token, to render `/clients` with its rows before any script has
 * run: only a token remembered on this device (a tab's token must not outlive the tab in a cookie)
 * for the API this server forwards to (the server renders with its own API, not another).
 */
function serverMayKeep(state: ConnectionState): state is Extract<ConnectionState, { status: "connected" }> {
  return (
    state.status === "connected" &&
    state.settings.remember &&
    state.settings.baseUrl.replace(/\/+$/, "") === SERVER_API_PATH
  );
}

export interface ServerSessionOptions {
  store: ConnectionStore;
  /**
   * The viewport height (CSS px) the server rendered the page's rows for (it keeps a token already),
   * `null`: the page came without rows.
   */
  renderedFor: number | null;
  firstContent: FirstContent;
  /** This browser's viewport height now, which the server renders as many rows for. */
  viewportHeight?: () => number;
  fetchImpl?: FetchLike;
}

/**
 * Keeps the server's copy of the token in step with the connection: set on connect, forgotten on
 * disconnect, and at start, once the page's content is shown, set when the page came without rows
 * from the server (a cookie gone or never set) or with rows for another viewport height (told with
 * the token, so the server renders as many rows as this browser shows), or forgotten when it came
 * with them but should not have. Failures change nothing the user sees: the page then loads as it
 * did before. Returns a stop.
 *
 * The start's height is read when this is called, before the app's first render. Read once the
 * content is shown, it forced the browser to lay the new page out inside the app's script (on a
 * mobile viewport `innerHeight` waits for layout): a 147 ms task in a traced Lighthouse load.
 */
export function keepServerSession({
  store,
  renderedFor,
  firstContent,
  viewportHeight = () => window.innerHeight,
  fetchImpl = (input, init) => fetch(input, init),
}: ServerSessionOptions): () => void {
  const send = (state: ConnectionState, height: number) => {
    const init: RequestInit = serverMayKeep(state)
      ? {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ token: state.settings.token, viewportHeight: heightToTell(height) }),
        }
      : { method: "DELETE" };
    void fetchImpl(SESSION_PATH, { ...init, credentials: "same-origin" }).catch(() => undefined);
  };
  const heightAtStart = viewportHeight();
  const cancelStart = firstContent.after(() => {
    const state = store.get();
    const mayKeep = serverMayKeep(state);
    const otherViewport =
      renderedFor !== null && Math.abs(heightAtStart - renderedFor) > VIEWPORT_TOLERANCE_PX;
    if (mayKeep !== (renderedFor !== null) || (mayKeep && otherViewport)) send(state, heightAtStart);
  });
  const unsubscribe = store.subscribe(() => send(store.get(), viewportHeight()));
  return () => {
    cancelStart();
    unsubscribe();
  };
}
