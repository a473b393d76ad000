import { Worker } from "node:worker_threads";
import type { Db, Queryable, Row } from "./db.ts";
import {
  DatabaseError,
  type WorkerOptions,
  WorkerReply,
  type WorkerRequest,
  WorkerStarted,
} from "./pglite-protocol.ts";

function isRow(value: unknown): value is Row {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// The worker is TypeScript too: it registers tsx, as `node --import tsx` does for the emulator
// (a worker does not inherit that registration, and `--import` in its execArgv is not applied).
const TSX_API = import.meta.resolve("tsx/esm/api");
const ENTRY = new URL("./pglite-worker.ts", import.meta.url).href;
const BOOTSTRAP = `import(${JSON.stringify(TSX_API)}).then(({ register }) => { register(); return import(${JSON.stringify(ENTRY)}); });`;

type Pending = {
  resolve: (reply: { rows: Row[]; affectedRows: number }) => void;
  reject: (error: Error) => void;
};

// Spreads a request type over its union members, so `id` can be left out of each.
type WithoutId<T> = T extends unknown ? Omit<T, "id"> : never;

/**
 * PGlite in a worker thread (pglite-worker.ts) behind the Db interface: queries, and every
 * statement of a transaction, are posted to the worker, which runs them in order; the HTTP
 * thread stays free. `dataDir` undefined = in memory. Errors keep PostgreSQL's `code`, `detail` ….
 */
export async function openPgliteWorker(options: WorkerOptions = {}): Promise<Db> {
  const worker = new Worker(BOOTSTRAP, { eval: true, workerData: options });
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let nextTx = 1;
  let failure: Error | null = null;

  await new Promise<void>((resolve, reject) => {
    const onStart = (message: unknown) => {
      const started = WorkerStarted.safeParse(message);
      if (!started.success) return;
      worker.off("message", onStart);
      worker.off("error", reject);
      if (started.data.ok) resolve();
      else reject(new DatabaseError(started.data.error));
    };
    worker.on("message", onStart);
    worker.once("error", reject);
  }).catch(async (error: unknown) => {
    await worker.terminate();
    throw error;
  });

  const failAll = (error: Error) => {
    failure = error;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  worker.on("message", (message: unknown) => {
    const reply = WorkerReply.parse(message);
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.ok) waiting.resolve({ rows: reply.rows.filter(isRow), affectedRows: reply.affectedRows });
    else waiting.reject(new DatabaseError(reply.error));
  });
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`the PGlite worker exited (code ${code})`)));

  const send = (request: WithoutId<WorkerRequest>) =>
    new Promise<{ rows: Row[]; affectedRows: number }>((resolve, reject) => {
      if (failure) return reject(failure);
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });

  const queryable = (tx: number | null): Queryable => ({
    query: (sql, params = []) => send({ op: "query", sql, params: [...params], tx }),
    async exec(sql) {
      await send({ op: "exec", sql, tx });
    },
  });
  const direct = queryable(null);

  return {
    kind: "pglite",
    query: direct.query,
    exec: direct.exec,
    async transaction(fn) {
      const tx = nextTx++;
      await send({ op: "begin", tx });
      let result: Awaited<ReturnType<typeof fn>>;
      try {
        result = await fn(queryable(tx));
      } catch (error) {
        await send({ op: "end", tx, commit: false });
        throw error;
      }
      await send({ op: "end", tx, commit: true });
      return result;
    },
    async close() {
      await send({ op: "close" });
      await worker.terminate();
    },
  };
}
