import { parseArgs } from "node:util";
import { DEFAULT_CLIENTS, DEFAULT_DATA_DIR, DEFAULT_PORT, DEFAULT_TOKEN } from "./config.ts";

export interface CliOptions {
  host: string;
  port: number;
  /** A folder for PGlite, or `memory`. Ignored when `databaseUrl` is set. */
  data: string;
  clients: number;
  token: string;
  rateLimit: number | undefined;
  databaseUrl: string | undefined;
  /** false with `--no-extensions`: answer like the real Kanbert (no `GET /tasks/comments`). */
  extensions: boolean;
  webhooksAnyHost: boolean;
  webhookDebounceMs: number;
  webhookBackoffMs: number;
  /** Browser origins allowed by CORS (`--cors-origin` or EMULATOR_CORS_ORIGINS); none by default. */
  corsOrigins: string[];
}

const USAGE = `usage: node --import tsx emulator/main.ts [--port 8787] [--host 127.0.0.1]
  [--data .emulator-data|memory] [--clients 2000] [--token dev-token] [--rate-limit <per-minute>]
  [--no-extensions] [--webhooks-any-host] [--webhook-debounce-ms 1000] [--webhook-backoff-ms 1000]
  [--cors-origin https://a.example,https://b.example]
  DATABASE_URL=postgres://… uses a real PostgreSQL instead of PGlite.`;

function positiveInt(name: string, raw: string | undefined, fallback: number, min = 1): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`--${name} must be an integer ≥ ${min}\n${USAGE}`);
  return value;
}

/** "https://a.example, http://localhost:3000" → exact origins; anything else is refused. */
function corsOrigins(raw: string | undefined): string[] {
  if (raw === undefined || raw.trim() === "") return [];
  return raw.split(",").map((item) => {
    const text = item.trim();
    let origin: string | null = null;
    try {
      origin = new URL(text).origin;
    } catch {
      origin = null;
    }
    if (origin === null || origin === "null" || origin !== text)
      throw new Error(
        `--cors-origin: ${JSON.stringify(text)} is not an origin like https://app.example\n${USAGE}`,
      );
    return origin;
  });
}

export function parseCli(argv: readonly string[], env: NodeJS.ProcessEnv): CliOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: "string" },
      host: { type: "string" },
      data: { type: "string" },
      clients: { type: "string" },
      token: { type: "string" },
      "rate-limit": { type: "string" },
      "no-extensions": { type: "boolean" },
      "webhooks-any-host": { type: "boolean" },
      "webhook-debounce-ms": { type: "string" },
      "webhook-backoff-ms": { type: "string" },
      "cors-origin": { type: "string" },
      help: { type: "boolean" },
    },
    strict: true,
  });
  if (values.help) throw new Error(USAGE);
  const rate = values["rate-limit"];
  return {
    host: values.host ?? "127.0.0.1",
    port: positiveInt("port", values.port, DEFAULT_PORT, 0),
    data: values.data ?? DEFAULT_DATA_DIR,
    clients: positiveInt("clients", values.clients, DEFAULT_CLIENTS, 0),
    token: values.token || DEFAULT_TOKEN,
    rateLimit: rate === undefined ? undefined : positiveInt("rate-limit", rate, 60),
    databaseUrl: env.DATABASE_URL || undefined,
    extensions: !values["no-extensions"],
    webhooksAnyHost: values["webhooks-any-host"] === true,
    webhookDebounceMs: positiveInt("webhook-debounce-ms", values["webhook-debounce-ms"], 1000, 0),
    webhookBackoffMs: positiveInt("webhook-backoff-ms", values["webhook-backoff-ms"], 1000, 0),
    corsOrigins: corsOrigins(values["cors-origin"] ?? env.EMULATOR_CORS_ORIGINS),
  };
}
