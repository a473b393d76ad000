import { z } from "zod";
import { type Queryable, select } from "../../backend/db/db.ts";
import type { WebhookEvent } from "../../src/kanbert/schemas.ts";
import { type AttemptLog, type DeliveryOptions, deliver } from "./deliver.ts";
import { isLoopbackUrl } from "./loopback.ts";

/**
 * Kanbert's webhook deliveries (SPEC §8), with its documented debouncing per subscription and
 * resource within `debounceMs`: a create absorbs the updates after it (one create, latest state);
 * a delete before a pending create is sent → nothing; an update then a delete → both, in order.
 */

export interface WebhookOptions {
  debounceMs: number;
  /** Deliver to any host; default: the loopback interface only. */
  allowAnyHost: boolean;
  delivery: DeliveryOptions;
}

export const DEFAULT_WEBHOOK_OPTIONS: WebhookOptions = {
  debounceMs: 1000,
  allowAnyHost: false,
  delivery: { timeoutMs: 3000, attempts: 3, backoffMs: 1000 },
};

interface ResourceEvent {
  event: WebhookEvent;
  /** e.g. the comment's or client's id. */
  resourceId: string;
  /** The project the resource belongs to (comments: the task's project), if any. */
  projectId: string | null;
  clientId: string | null;
  /** The resource's state now (the state before deletion for a delete). */
  data: unknown;
}

export interface Dispatcher {
  /** Finds the active subscriptions for the event and queues a delivery to each (debounced). */
  emit(event: ResourceEvent): Promise<void>;
  /** Resolves when nothing is pending or in flight (tests). */
  idle(): Promise<void>;
  /** Every attempt made so far, oldest first (tests, logs). */
  readonly attempts: readonly AttemptLog[];
  close(): void;
}

const Target = z.object({ id: z.string(), url: z.string(), secret: z.string() });
type Target = z.infer<typeof Target>;

interface Pending {
  event: WebhookEvent;
  data: unknown;
  target: Target;
  timer: NodeJS.Timeout;
}

const action = (event: WebhookEvent) => event.slice(event.indexOf(":") + 1);

export function createDispatcher(
  db: Queryable,
  options: WebhookOptions = DEFAULT_WEBHOOK_OPTIONS,
): Dispatcher {
  const pending = new Map<string, Pending>();
  const chains = new Map<string, Promise<void>>();
  const attempts: AttemptLog[] = [];
  let closed = false;

  /** Deliveries of one subscription + resource run one after the other. */
  function send(key: string, target: Target, event: WebhookEvent, data: unknown): void {
    if (closed) return;
    const previous = chains.get(key) ?? Promise.resolve();
    const next = previous.then(async () => {
      if (!options.allowAnyHost && !isLoopbackUrl(target.url)) {
        attempts.push({ url: target.url, event, attempt: 0, outcome: "not sent: not a loopback address" });
        return;
      }
      await deliver({ url: target.url, secret: target.secret, event, data }, options.delivery, (entry) =>
        attempts.push(entry),
      );
    });
    chains.set(key, next);
    void next.finally(() => {
      if (chains.get(key) === next) chains.delete(key);
    });
  }

  function schedule(key: string, target: Target, event: WebhookEvent, data: unknown): void {
    const timer = setTimeout(() => {
      const entry = pending.get(key);
      if (!entry) return;
      pending.delete(key);
      send(key, entry.target, entry.event, entry.data);
    }, options.debounceMs);
    pending.set(key, { event, data, target, timer });
  }

  function queue(target: Target, event: ResourceEvent): void {
    const key = `${target.id}|${event.event.split(":")[0]}|${event.resourceId}`;
    const before = pending.get(key);
    if (!before) {
      schedule(key, target, event.event, event.data);
      return;
    }
    const was = action(before.event);
    const now = action(event.event);
    if ((was === "create" || was === "update") && now === "update") {
      before.data = event.data;
      return;
    }
    clearTimeout(before.timer);
    pending.delete(key);
    if (was === "create" && now === "delete") return;
    send(key, before.target, before.event, before.data);
    schedule(key, target, event.event, event.data);
  }

  return {
    attempts,
    async emit(event) {
      if (closed) return;
      const targets = await select(
        db,
        Target,
        `select w.id, w.url, w.secret from webhooks w
         where w.is_active and $1 = any(w.events)
           and (w.project_id = $2 or w.client_id = $3
             or ($2::text is null and w.project_id in (select p.id from projects p where p.client_id = $3)))
         order by w.created_at, w.id`,
        [event.event, event.projectId, event.clientId],
      );
      for (const target of targets) queue(target, event);
    },
    async idle() {
      while (pending.size > 0 || chains.size > 0) {
        await Promise.all([...chains.values()]);
        if (chains.size === 0 && pending.size > 0) await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    close() {
      closed = true;
      for (const entry of pending.values()) clearTimeout(entry.timer);
      pending.clear();
    },
  };
}
