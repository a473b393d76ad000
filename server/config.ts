import { z } from "zod";

/** The production server's settings, all from the environment (nothing secret among them). */
interface ServerConfig {
  host: string;
  port: number;
  /** Where `/api/v1/*` is forwarded to, without a trailing slash. */
  kanbertBaseUrl: string;
  distDir: string;
  /** Believe `X-Forwarded-Proto` (only behind a proxy that sets it). */
  trustProxy: boolean;
}

const DEFAULT_KANBERT_BASE_URL = "http://127.0.0.1:8787/api/v1";

const Env = z.object({
  HOST: z.string().min(1, "HOST must not be empty").default("127.0.0.1"),
  PORT: z
    .string()
    .regex(/^\d+$/, "PORT must be a whole number between 0 and 65535")
    .transform(Number)
    .refine((port) => port <= 65535, "PORT must be a whole number between 0 and 65535")
    .default(8080),
  KANBERT_BASE_URL: z
    .url({
      protocol: /^https?$/,
      error: "KANBERT_BASE_URL must be an http:// or https:// URL, e.g. https://api.kanbert.com/api/v1",
    })
    .refine((url) => !URL.canParse(url) || !/[?#]/.test(url), "KANBERT_BASE_URL must not have a query or #")
    .default(DEFAULT_KANBERT_BASE_URL),
  DIST_DIR: z.string().min(1, "DIST_DIR must not be empty").default("dist"),
  TRUST_PROXY: z
    .enum(["0", "1", "true", "false"], { error: "TRUST_PROXY must be 1 or 0" })
    .transform((value) => value === "1" || value === "true")
    .default(false),
});

export type ConfigResult = { ok: true; config: ServerConfig } | { ok: false; message: string };

/** Reads the environment; empty variables count as unset. A bad value gets a one-line message per problem. */
export function parseConfig(env: Readonly<Record<string, string | undefined>>): ConfigResult {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = Env.safeParse(present);
  if (!result.success) {
    return { ok: false, message: result.error.issues.map((issue) => issue.message).join("\n") };
  }
  const { HOST, PORT, KANBERT_BASE_URL, DIST_DIR, TRUST_PROXY } = result.data;
  return {
    ok: true,
    config: {
      host: HOST,
      port: PORT,
      kanbertBaseUrl: KANBERT_BASE_URL.replace(/\/+$/, ""),
      distDir: DIST_DIR,
      trustProxy: TRUST_PROXY,
    },
  };
}
