import { DEFAULT_SIGNATURE_HEADER, sign } from "../../backend/webhooks/signature.ts";

/** One delivery as Kanbert makes it (SPEC §8): signed POST, ~3 s timeout, 3 attempts with backoff. */

export interface DeliveryOptions {
  /** Per attempt; default 3,000 ms. */
  timeoutMs: number;
  /** Attempts in total; default 3. */
  attempts: number;
  /** Wait before the 2nd attempt; doubles each time. Default 1,000 ms. */
  backoffMs: number;
}

export interface Delivery {
  url: string;
  secret: string;
  event: string;
  data: unknown;
}

export interface AttemptLog {
  url: string;
  event: string;
  attempt: number;
  /** HTTP status, or the error's message (timeout, refused). */
  outcome: number | string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Returns true once a 2xx arrives; false after the last failed attempt. Never throws. */
export async function deliver(
  delivery: Delivery,
  options: DeliveryOptions,
  log: (entry: AttemptLog) => void,
): Promise<boolean> {
  const body = JSON.stringify({ event: delivery.event, data: delivery.data });
  const signature = sign(delivery.secret, body);
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    if (attempt > 1) await sleep(options.backoffMs * 2 ** (attempt - 2));
    let outcome: number | string;
    try {
      const response = await fetch(delivery.url, {
        method: "POST",
        headers: { "Content-Type": "application/json", [DEFAULT_SIGNATURE_HEADER]: signature },
        body,
        redirect: "manual",
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      await response.body?.cancel();
      outcome = response.status;
    } catch (error) {
      outcome = error instanceof Error ? error.message : String(error);
    }
    log({ url: delivery.url, event: delivery.event, attempt, outcome });
    if (typeof outcome === "number" && outcome >= 200 && outcome < 300) return true;
  }
  return false;
}
