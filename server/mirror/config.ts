import { z } from "zod";
import {
  DEFAULT_SIGNATURE_ENCODING,
  DEFAULT_SIGNATURE_HEADER,
  type SignatureEncoding,
} from "../../backend/webhooks/signature.ts";

/** The mirror's settings, from the environment (empty counts as unset). */
export interface MirrorConfig {
  enabled: boolean;
  databaseUrl: string | undefined;
  /** PGlite folder (or `memory`) when there is no DATABASE_URL. */
  dataDir: string;
  kanbertBaseUrl: string;
  /** Integration token for subscribe/status/unsubscribe. */
  token: string | undefined;
  /** Where Kanbert reaches this server, without the receiver's path. */
  publicUrl: string;
  signatureHeader: string;
  signatureEncoding: SignatureEncoding;
  maxBodyBytes: number;
  /** Run `subscribe` every N minutes inside the server; off when undefined. */
  resubscribeMinutes: number | undefined;
}

const RECEIVER_PATH = "/webhooks/kanbert";
export const receiverUrl = (config: MirrorConfig) =>
  `${config.publicUrl.replace(/\/+$/, "")}${RECEIVER_PATH}`;

const whole = (name: string) => z.string().regex(/^\d+$/, `${name} must be a whole number`).transform(Number);

const Env = z.object({
  COMMENTS_MIRROR: z
    .enum(["0", "1", "true", "false"], { error: "COMMENTS_MIRROR must be 1 or 0" })
    .default("0"),
  DATABASE_URL: z.string().optional(),
  COMMENTS_DATA: z.string().default(".mirror-data"),
  KANBERT_BASE_URL: z
    .url({ protocol: /^https?$/, error: "KANBERT_BASE_URL must be an http(s) URL" })
    .default("http://127.0.0.1:8787/api/v1"),
  KANBERT_TOKEN: z.string().optional(),
  HOST: z.string().default("127.0.0.1"),
  PORT: z.string().default("8080"),
  MIRROR_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: "MIRROR_PUBLIC_URL must be an http(s) URL" })
    .optional(),
  MIRROR_SIGNATURE_HEADER: z
    .string()
    .regex(/^[A-Za-z0-9-]+$/, "MIRROR_SIGNATURE_HEADER must be a header name")
    .default(DEFAULT_SIGNATURE_HEADER),
  MIRROR_SIGNATURE_ENCODING: z
    .enum(["hex", "base64"], { error: "MIRROR_SIGNATURE_ENCODING must be hex or base64" })
    .default(DEFAULT_SIGNATURE_ENCODING),
  MIRROR_MAX_BODY_BYTES: whole("MIRROR_MAX_BODY_BYTES").default(1_048_576),
  MIRROR_RESUBSCRIBE_MIN: whole("MIRROR_RESUBSCRIBE_MIN")
    .refine((n) => n >= 1, "MIRROR_RESUBSCRIBE_MIN must be at least 1")
    .optional(),
});

export function parseMirrorConfig(
  env: Readonly<Record<string, string | undefined>>,
): { ok: true; config: MirrorConfig } | { ok: false; message: string } {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = Env.safeParse(present);
  if (!result.success)
    return { ok: false, message: result.error.issues.map((issue) => issue.message).join("\n") };
  const e = result.data;
  return {
    ok: true,
    config: {
      enabled: e.COMMENTS_MIRROR === "1" || e.COMMENTS_MIRROR === "true",
      databaseUrl: e.DATABASE_URL,
      dataDir: e.COMMENTS_DATA,
      kanbertBaseUrl: e.KANBERT_BASE_URL.replace(/\/+$/, ""),
      token: e.KANBERT_TOKEN,
      publicUrl: e.MIRROR_PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`,
      signatureHeader: e.MIRROR_SIGNATURE_HEADER,
      signatureEncoding: e.MIRROR_SIGNATURE_ENCODING,
      maxBodyBytes: e.MIRROR_MAX_BODY_BYTES,
      resubscribeMinutes: e.MIRROR_RESUBSCRIBE_MIN,
    },
  };
}
