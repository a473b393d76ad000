import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import type { Db } from "../backend/db/db.ts";
import { HttpError, renderHttpError } from "../backend/http/errors.ts";
import { MAX_BODY_BYTES } from "./config.ts";
import { auth } from "./http/auth.ts";
import { concurrency } from "./http/concurrency.ts";
import type { Deps, Env } from "./http/env.ts";
import { rateLimit } from "./http/rate-limit.ts";
import { urlGuard } from "./http/url-guard.ts";
import { backstageRoutes } from "./routes/backstage.ts";
import { clientsRoutes } from "./routes/clients.ts";
import { commentsRoutes } from "./routes/comments.ts";
import { projectsRoutes } from "./routes/projects.ts";
import { tasksRoutes } from "./routes/tasks.ts";
import { usersRoutes } from "./routes/users.ts";
import { webhooksRoutes } from "./routes/webhooks.ts";
import {
  createDispatcher,
  DEFAULT_WEBHOOK_OPTIONS,
  type Dispatcher,
  type WebhookOptions,
} from "./webhooks/dispatcher.ts";

export interface AppOptions {
  db: Db;
  /** Extra bearer tokens → user id (tests); the database's `tokens` table is always consulted too. */
  tokens?: Readonly<Record<string, string>>;
  /** Clock for timestamps and special filter values; default: the real time. */
  now?: () => Date;
  /** Requests per minute per token; off when absent. */
  rateLimit?: number;
  /**
   * false = answer like the real Kanbert (`--no-extensions`): no `GET /tasks/comments` (404).
   * Default true.
   */
  extensions?: boolean;
  /** Webhook debouncing, hosts, timeouts and retries; default as SPEC §8 (loopback only). */
  webhooks?: Partial<WebhookOptions>;
  /** Origins allowed to call from a browser (CORS); none when absent or empty. */
  corsOrigins?: readonly string[];
  /** API requests worked on at once (the rest queue, first come first served); default 4. */
  concurrency?: number;
}

const DEFAULT_CONCURRENCY = 4;

/** The app and its webhook dispatcher (close it on shutdown; `idle()` in tests). */
export type EmulatorApp = Hono<Env> & { webhooks: Dispatcher };

/** The emulator as a Hono app: `app.request(...)` in tests, `serve` in main.ts. */
export function createApp(options: AppOptions): EmulatorApp {
  const webhookOptions = { ...DEFAULT_WEBHOOK_OPTIONS, ...options.webhooks };
  const webhooks = createDispatcher(options.db, webhookOptions);
  const deps: Deps = { db: options.db, now: options.now ?? (() => new Date()), webhooks, webhookOptions };
  const extensions = options.extensions ?? true;
  const app = new Hono<Env>();

  const origins = options.corsOrigins ?? [];
  if (origins.length > 0) {
    app.use(
      "*",
      cors({
        origin: (origin) => (origins.includes(origin) ? origin : null),
        allowMethods: ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
        allowHeaders: ["Authorization", "Content-Type", "Accept"],
        exposeHeaders: ["Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining"],
        maxAge: 600,
      }),
    );
  }
  app.use(
    "*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        c.json({ message: `The request body may not be larger than ${MAX_BODY_BYTES / 1024} KiB.` }, 413),
    }),
  );

  app.get("/health", (c) => c.json({ status: "ok" }));

  const api = new Hono<Env>();
  if (options.rateLimit !== undefined) api.use("*", rateLimit(options.rateLimit, deps.now));
  api.use("*", concurrency(options.concurrency ?? DEFAULT_CONCURRENCY));
  api.use("*", auth(deps, options.tokens ?? {}));
  api.use("*", urlGuard());
  api.route("/", usersRoutes(deps));
  api.route("/", clientsRoutes(deps));
  api.route("/", projectsRoutes(deps));
  api.route("/", webhooksRoutes(deps));
  api.route("/", commentsRoutes(deps, { extensions })); // before tasks: `/tasks/comments` is not a task id
  api.route("/", tasksRoutes(deps));
  app.route("/api/v1", api);
  app.route("/_emulator", backstageRoutes(deps, options.tokens ?? {}));

  app.notFound((c) => c.json({ message: "Not Found" }, 404));
  app.onError((error, c) => {
    if (error instanceof HttpError) return renderHttpError(c, error);
    // The detail (a database message, a stack) goes to the log, never to the client.
    console.error(`${c.req.method} ${new URL(c.req.url).pathname}:`, error);
    return c.json({ message: "Internal server error" }, 500);
  });
  return Object.assign(app, { webhooks });
}
