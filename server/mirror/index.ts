import type { Hono } from "hono";
import type { Db } from "../../backend/db/db.ts";
import type { MirrorConfig } from "./config.ts";
import { mirrorKanbert } from "./kanbert.ts";
import { mirrorRoutes } from "./routes.ts";
import { openMirrorDb } from "./store.ts";
import { subscribe } from "./subscribe.ts";

export { type MirrorConfig, parseMirrorConfig } from "./config.ts";

export interface Mirror {
  db: Db;
  /** Mount before the `/api/v1` proxy. */
  routes: Hono;
  /** Once the server listens: runs `subscribe` now and every MIRROR_RESUBSCRIBE_MIN minutes, if set. */
  afterListen(): void;
  close(): Promise<void>;
}

/** The comments mirror of the production server (COMMENTS_MIRROR=1). */
export async function startMirror(config: MirrorConfig, log: (line: string) => void): Promise<Mirror> {
  const db = await openMirrorDb({
    dataDir: config.dataDir,
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
  });
  const routes = mirrorRoutes({
    db,
    kanbertBaseUrl: config.kanbertBaseUrl,
    signatureHeader: config.signatureHeader,
    signatureEncoding: config.signatureEncoding,
    maxBodyBytes: config.maxBodyBytes,
  });
  let timer: NodeJS.Timeout | undefined;
  const resubscribe = async () => {
    try {
      const report = await subscribe(mirrorKanbert(config, db));
      log(`mirror: subscribe: ${report.created.length} new, ${report.kept} kept`);
      for (const line of report.skipped) log(`mirror: subscribe: ${line}`);
    } catch (error) {
      log(`mirror: subscribe failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return {
    db,
    routes,
    afterListen() {
      if (config.resubscribeMinutes === undefined) return;
      void resubscribe();
      timer = setInterval(() => void resubscribe(), config.resubscribeMinutes * 60_000);
      timer.unref();
    },
    async close() {
      if (timer) clearInterval(timer);
      await db.close();
    },
  };
}
