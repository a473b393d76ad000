import { parentPort, workerData } from "node:worker_threads";
import type { Queryable } from "./db.ts";
import { openPglite } from "./pglite.ts";
import { toWorkerError, WorkerOptions, type WorkerReply, WorkerRequest } from "./pglite-protocol.ts";

/**
 * The worker thread that owns PGlite (started by pglite-thread.ts): the emulator's HTTP thread
 * only posts statements here, so a slow query never blocks it. See pglite-protocol.ts.
 */

interface OpenTransaction {
  tx: Queryable;
  /** The last statement: the next one starts after it, so they run in the order they arrived. */
  tail: Promise<unknown>;
  /** Ends `PGlite.transaction`'s callback: resolve → COMMIT, reject → ROLLBACK. */
  finish: (commit: boolean) => void;
}

const port = parentPort;
if (port === null) throw new Error("pglite-worker.ts must run in a worker thread");

const db = await openPglite(WorkerOptions.parse(workerData)).catch((error: unknown) => {
  port.postMessage({ started: true, ok: false, error: toWorkerError(error) });
  return null;
});

if (db !== null) {
  const open = new Map<number, OpenTransaction>();
  /** Settles when the transaction has committed or rolled back (or BEGIN failed). */
  const finished = new Map<number, Promise<void>>();
  const nothing = { rows: [], affectedRows: 0 };
  const reply = (message: WorkerReply) => port.postMessage(message);
  const answer = (id: number, work: Promise<{ rows: unknown[]; affectedRows: number }>) =>
    work.then(
      ({ rows, affectedRows }) => reply({ id, ok: true, rows, affectedRows }),
      (error: unknown) => reply({ id, ok: false, error: toWorkerError(error) }),
    );

  /** Runs `work` inside transaction `txId` after its earlier statements, or directly on the db. */
  const onTarget = <T>(txId: number | null, work: (target: Queryable) => Promise<T>): Promise<T> => {
    if (txId === null) return work(db);
    const transaction = open.get(txId);
    if (!transaction) return Promise.reject(new Error(`no open transaction ${txId}`));
    const run = transaction.tail.then(() => work(transaction.tx));
    transaction.tail = run.catch(() => undefined);
    return run;
  };

  const begin = (id: number, txId: number) => {
    let entered = false;
    const done = db.transaction(
      (tx) =>
        new Promise<void>((resolve, reject) => {
          entered = true;
          const finish = (commit: boolean) => (commit ? resolve() : reject(new Error("rolled back")));
          open.set(txId, { tx, tail: Promise.resolve(), finish });
          reply({ id, ok: true, rows: [], affectedRows: 0 });
        }),
    );
    finished.set(txId, done);
    // A BEGIN that fails never reaches the callback: its request gets the error.
    done.catch((error: unknown) => {
      if (entered) return;
      finished.delete(txId);
      reply({ id, ok: false, error: toWorkerError(error) });
    });
  };

  const end = (id: number, txId: number, commit: boolean) => {
    const transaction = open.get(txId);
    const done = finished.get(txId);
    if (!transaction || !done) {
      void answer(id, Promise.reject(new Error(`no open transaction ${txId}`)));
      return;
    }
    open.delete(txId);
    finished.delete(txId);
    void transaction.tail.then(() => {
      transaction.finish(commit);
      // A rollback asked for is a success; a COMMIT that fails is the caller's error.
      void answer(
        id,
        done.then(
          () => nothing,
          (error: unknown) => (commit ? Promise.reject(error) : nothing),
        ),
      );
    });
  };

  port.on("message", (message: unknown) => {
    const request = WorkerRequest.parse(message);
    switch (request.op) {
      case "query":
        void answer(
          request.id,
          onTarget(request.tx, (target) => target.query(request.sql, request.params)),
        );
        return;
      case "exec":
        void answer(
          request.id,
          onTarget(request.tx, (target) => target.exec(request.sql)).then(() => nothing),
        );
        return;
      case "begin":
        begin(request.id, request.tx);
        return;
      case "end":
        end(request.id, request.tx, request.commit);
        return;
      case "close":
        void answer(
          request.id,
          db.close().then(() => nothing),
        );
        return;
    }
  });
  port.postMessage({ started: true, ok: true });
}
