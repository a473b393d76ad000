import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { serve } from "@hono/node-server";
import { createApp } from "./app.ts";
import { parseConfig } from "./config.ts";
import { writeJsonLine } from "./log.ts";
import { parseMirrorConfig, startMirror } from "./mirror/index.ts";
import { loadPageRenderer } from "./page-renderer.ts";
import { loadStaticFiles } from "./static.ts";

/** How long in-flight requests get to finish after SIGTERM before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main(): Promise<void> {
  // The build's page renderer bundles React and the router, which pick their production code by it.
  process.env.NODE_ENV ??= "production";
  const result = parseConfig(process.env);
  if (!result.ok) fail(`invalid configuration:\n${result.message}`);
  const { host, port, kanbertBaseUrl, distDir, trustProxy } = result.config;

  const dist = resolve(distDir);
  if (!existsSync(join(dist, "index.html"))) {
    fail(`no built app at ${dist} (index.html is missing): run \`npm run build\` first, or set DIST_DIR`);
  }
  const files = loadStaticFiles(dist);
  const render = await loadPageRenderer(dist);
  const mirrorConfig = parseMirrorConfig(process.env);
  if (!mirrorConfig.ok) fail(`invalid configuration:\n${mirrorConfig.message}`);
  const mirror = mirrorConfig.config.enabled ? await startMirror(mirrorConfig.config, console.log) : null;
  if (mirror) {
    const { databaseUrl, dataDir } = mirrorConfig.config;
    console.log(
      `mirror: comments store in ${databaseUrl ? "PostgreSQL (DATABASE_URL)" : `PGlite at ${resolve(dataDir)}`}`,
    );
  }
  const app = createApp({
    files,
    kanbertBaseUrl,
    trustProxy,
    log: writeJsonLine,
    render,
    ...(mirror ? { routes: mirror.routes } : {}),
  });

  const server = serve({ fetch: app.fetch, hostname: host, port }, (info) => {
    console.log(`api: ${kanbertBaseUrl}`);
    console.log(`ready http://${host}:${info.port}`);
    mirror?.afterListen();
  });
  server.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EADDRINUSE")
      fail(`port ${port} on ${host} is already in use: set PORT to a free port`);
    if (error.code === "EADDRNOTAVAIL") fail(`cannot listen on ${host}: no such address here (set HOST)`);
    if (error.code === "EACCES") fail(`not allowed to listen on ${host}:${port}: choose a PORT above 1023`);
    fail(`cannot listen on ${host}:${port}: ${error.message}`);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing open requests, then exiting`);
    // Stop accepting; requests under way finish; idle keep-alive connections would hold close() open.
    server.close(() => {
      if (!mirror) process.exit(0);
      else
        mirror.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
    });
    if ("closeIdleConnections" in server) server.closeIdleConnections();
    setTimeout(() => {
      console.error(`still busy after ${SHUTDOWN_GRACE_MS / 1000} s: exiting`);
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
