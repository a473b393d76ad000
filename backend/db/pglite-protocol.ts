import { z } from "zod";

/**
 * Messages between the emulator's thread and the PGlite worker (pglite-worker.ts). Every request
 * carries an `id` the reply repeats. `tx` names an open transaction: its statements run in the
 * order they arrive, inside one `PGlite.transaction`, until `end` commits or rolls it back.
 */
const txId = z.number().int().nullable();
export const WorkerRequest = z.discriminatedUnion("op", [
  z.object({
    id: z.number(),
    op: z.literal("query"),
    sql: z.string(),
    params: z.array(z.unknown()),
    tx: txId,
  }),
  z.object({ id: z.number(), op: z.literal("exec"), sql: z.string(), tx: txId }),
  z.object({ id: z.number(), op: z.literal("begin"), tx: z.number().int() }),
  z.object({ id: z.number(), op: z.literal("end"), tx: z.number().int(), commit: z.boolean() }),
  z.object({ id: z.number(), op: z.literal("close") }),
]);
export type WorkerRequest = z.infer<typeof WorkerRequest>;

/** The PostgreSQL error fields a caller may rely on (`code` '23505' …); copied across the thread. */
const ERROR_FIELDS = [
  "code",
  "detail",
  "hint",
  "severity",
  "constraint",
  "table",
  "column",
  "schema",
  "dataType",
  "position",
  "where",
  "routine",
] as const;

export const WorkerError = z.object({
  name: z.string(),
  message: z.string(),
  fields: z.record(z.string(), z.string()),
});
export type WorkerError = z.infer<typeof WorkerError>;

export const WorkerReply = z.discriminatedUnion("ok", [
  z.object({
    id: z.number(),
    ok: z.literal(true),
    rows: z.array(z.unknown()),
    affectedRows: z.number(),
  }),
  z.object({ id: z.number(), ok: z.literal(false), error: WorkerError }),
]);
export type WorkerReply = z.infer<typeof WorkerReply>;

/** Sent once when the worker has opened (or failed to open) the database. */
export const WorkerStarted = z.discriminatedUnion("ok", [
  z.object({ started: z.literal(true), ok: z.literal(true) }),
  z.object({ started: z.literal(true), ok: z.literal(false), error: WorkerError }),
]);

export const WorkerOptions = z.object({ dataDir: z.string().optional() });
export type WorkerOptions = z.infer<typeof WorkerOptions>;

/** An error as plain data: structured cloning keeps only `message` and `name` of an Error. */
export function toWorkerError(error: unknown): WorkerError {
  if (!(error instanceof Error)) return { name: "Error", message: String(error), fields: {} };
  const fields: Record<string, string> = {};
  for (const key of ERROR_FIELDS) {
    const value: unknown = Reflect.get(error, key);
    if (typeof value === "string") fields[key] = value;
  }
  return { name: error.name, message: error.message, fields };
}

/** The worker's error rebuilt on this side, with `code`, `detail` … as own properties. */
export class DatabaseError extends Error {
  readonly code: string | undefined;
  readonly detail: string | undefined;

  constructor(data: WorkerError) {
    super(data.message);
    this.name = data.name;
    this.code = data.fields.code;
    this.detail = data.fields.detail;
    for (const [key, value] of Object.entries(data.fields)) {
      if (key !== "code" && key !== "detail") Object.defineProperty(this, key, { value, enumerable: true });
    }
  }
}
