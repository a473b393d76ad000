import type { Db } from "../../backend/db/db.ts";
import { createHttpClient } from "../../src/kanbert/http.ts";
import { type MirrorConfig, receiverUrl } from "./config.ts";
import { MirrorCommandError, type MirrorKanbert } from "./subscribe.ts";

/** An unsigned POST must get this mirror's 401: then the address reaches a receiver. */
async function probe(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { method: "POST", body: "{}", signal: AbortSignal.timeout(5000) });
    await response.body?.cancel();
    return response.status === 401;
  } catch {
    return false;
  }
}

/** Kanbert (integration token) + the store, for subscribe/status/unsubscribe. */
export function mirrorKanbert(config: MirrorConfig, db: Db): MirrorKanbert {
  if (!config.token)
    throw new MirrorCommandError(
      "KANBERT_TOKEN is not set: give an integration token of your Kanbert workspace.",
    );
  return {
    http: createHttpClient({ baseUrl: config.kanbertBaseUrl, token: config.token }),
    db,
    receiverUrl: receiverUrl(config),
    probe,
  };
}
