import { Hono } from "hono";
import { serveFirstPage } from "./first-page.ts";
import { securityHeaders } from "./headers.ts";
import { requestLog, type WriteLogLine } from "./log.ts";
import type { RenderClientsPage } from "./page-renderer.ts";
import { API_PREFIX, proxyToKanbert } from "./proxy.ts";
import { sessionRoutes } from "./session.ts";
import { type StaticFiles, serveStatic } from "./static.ts";

export interface AppOptions {
  files: StaticFiles;
  kanbertBaseUrl: string;
  trustProxy: boolean;
  log: WriteLogLine;
  /** Routes of this server's own (e.g. a mirror under `/api/v1/…`): they come before the proxy. */
  routes?: Hono;
  /** The build's renderer of `/clients` with its rows (server/page-renderer.ts); none: the shell only. */
  render?: RenderClientsPage | null;
}

/** The production server as a Hono app, so tests can call it without a socket. */
export function createApp({ files, kanbertBaseUrl, trustProxy, log, routes, render }: AppOptions): Hono {
  const app = new Hono();
  app.use(requestLog(log));
  app.use(securityHeaders({ trustProxy }));
  app.get("/healthz", (c) => c.json({ status: "ok" }, 200, { "Cache-Control": "no-store" }));
  app.route("/", sessionRoutes({ trustProxy }));
  if (routes) app.route("/", routes);
  app.all(`${API_PREFIX}/*`, proxyToKanbert(kanbertBaseUrl));
  if (render) app.use(serveFirstPage({ files, render, kanbertBaseUrl }));
  app.all("*", serveStatic(files));
  // Never show internals: the details go to the server's own stderr.
  app.onError((error, c) => {
    console.error(error);
    return c.text("Internal server error", 500);
  });
  return app;
}
