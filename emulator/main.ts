import { resolve } from "node:path";
import { serve } from "@hono/node-server";
import type { Db } from "../backend/db/db.ts";
import { openPgliteWorker } from "../backend/db/pglite-thread.ts";
import { openPostgres } from "../backend/db/postgres.ts";
import { createApp } from "./app.ts";
import { parseCli } from "./cli.ts";
import { migrate } from "./db/migrations.ts";
import { isSeeded, registerToken, seed } from "./db/seed.ts";
import { WARM_UP_PATH, warmUp } from "./warm-up.ts";

async function openDb(options: ReturnType<typeof parseCli>): Promise<Db> {
  if (options.databaseUrl) {
    console.log("database: PostgreSQL (DATABASE_URL)");
    return openPostgres(options.databaseUrl);
  }
  if (options.data === "memory") {
    console.log("database: PGlite in memory (worker thread)");
    return openPgliteWorker();
  }
  const dataDir = resolve(options.data);
  console.log(`database: PGlite at ${dataDir} (worker thread)`);
  return openPgliteWorker({ dataDir });
}

async function main(): Promise<void> {
  const options = parseCli(process.argv.slice(2), process.env);
  const db = await openDb(options);
  await migrate(db);
  if (await isSeeded(db)) {
    console.log("database already seeded; skipping seed");
    await registerToken(db, options.token);
  } else {
    const started = Date.now();
    const counts = await seed(db, {
      clients: options.clients,
      tokens: [options.token],
      onProgress: console.log,
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `seeded ${counts.clients} clients, ${counts.projects} projects, ${counts.tasks} tasks, ${counts.comments} comments, ${counts.users} users in ${seconds} s`,
    );
  }

  const warmUpStatus = await warmUp(db, options.token);
  if (warmUpStatus !== 200) console.log(`warm-up: GET ${WARM_UP_PATH} answered ${warmUpStatus}`);

  const app = createApp({
    db,
    corsOrigins: options.corsOrigins,
    ...(options.rateLimit !== undefined ? { rateLimit: options.rateLimit } : {}),
    extensions: options.extensions,
    webhooks: {
      allowAnyHost: options.webhooksAnyHost,
      debounceMs: options.webhookDebounceMs,
      delivery: { timeoutMs: 3000, attempts: 3, backoffMs: options.webhookBackoffMs },
    },
  });
  if (options.corsOrigins.length > 0) console.log(`CORS allowed for: ${options.corsOrigins.join(", ")}`);
  if (!options.extensions) console.log("extensions off: the API answers like the real Kanbert");
  const server = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, (info) => {
    console.log(`token: ${options.token}`);
    console.log(`ready http://${options.host}:${info.port}`);
  });

  const closeDb = (code: number) => {
    app.webhooks.close();
    db.close().then(
      () => process.exit(code),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  server.on("error", (error: Error) => {
    console.error(`cannot listen on ${options.host}:${options.port}: ${error.message}`);
    closeDb(1);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    server.close(() => closeDb(0));
    // Idle keep-alive connections would hold close() open.
    if ("closeAllConnections" in server) server.closeAllConnections();
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
