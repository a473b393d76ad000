/**
 * The one optimistic runner: snapshot → apply → call → roll back on error → settle. It knows
 * nothing of caches: the change says how to snapshot, apply and roll back one item, so a batch of
 * many items shows every change at once and rolls back only the items whose call failed.
 */

export interface OptimisticChange<TItem, TSnapshot, TResult> {
  /** What the item looks like before the change (taken before anything is applied). */
  snapshot: (item: TItem) => TSnapshot;
  /** The change shown at once. */
  apply: (item: TItem) => void;
  /** The request that makes the change real. */
  call: (item: TItem) => Promise<TResult>;
  /** The server's answer, applied when the call succeeds. */
  commit?: (item: TItem, result: TResult) => void;
  /** Puts this item (and only it) back as the snapshot had it. */
  rollback: (item: TItem, snapshot: TSnapshot) => void;
}

export type OptimisticOutcome<TItem, TSnapshot, TResult> =
  | { ok: true; item: TItem; snapshot: TSnapshot; result: TResult }
  | { ok: false; item: TItem; snapshot: TSnapshot; error: unknown };

export interface RunOptions<TResult> {
  /** Runs before the snapshot, e.g. stops fetches that could overwrite the change. */
  prepare?: () => Promise<unknown>;
  /** Wraps each call, e.g. to put it on a queue; calls run at once without it. */
  schedule?: (call: () => Promise<TResult>) => Promise<TResult>;
  /** Runs once when every call has answered, whatever the outcome (not awaited). */
  settle?: () => void;
}

/** Applies the change to every item at once, calls each, rolls back each failure on its own. */
export async function runOptimistic<TItem, TSnapshot, TResult>(
  change: OptimisticChange<TItem, TSnapshot, TResult>,
  items: readonly TItem[],
  options: RunOptions<TResult> = {},
): Promise<OptimisticOutcome<TItem, TSnapshot, TResult>[]> {
  await options.prepare?.();
  const entries = items.map((item) => ({ item, snapshot: change.snapshot(item) }));
  for (const item of items) change.apply(item);
  const schedule = options.schedule ?? ((call: () => Promise<TResult>) => call());
  try {
    return await Promise.all(
      entries.map(async ({ item, snapshot }): Promise<OptimisticOutcome<TItem, TSnapshot, TResult>> => {
        try {
          const result = await schedule(() => change.call(item));
          change.commit?.(item, result);
          return { ok: true, item, snapshot, result };
        } catch (error) {
          change.rollback(item, snapshot);
          return { ok: false, item, snapshot, error };
        }
      }),
    );
  } finally {
    options.settle?.();
  }
}

/** One item: resolves to the call's answer, or rolls back and rejects with the call's error. */
export async function runOptimisticOne<TItem, TSnapshot, TResult>(
  change: OptimisticChange<TItem, TSnapshot, TResult>,
  item: TItem,
  options: RunOptions<TResult> = {},
): Promise<TResult> {
  const [outcome] = await runOptimistic(change, [item], options);
  // Stryker disable next-line ConditionalExpression,StringLiteral: one item in gives one outcome out; this guard only narrows the type
  if (!outcome) throw new Error("The optimistic run lost its only item.");
  if (!outcome.ok) throw outcome.error;
  return outcome.result;
}
