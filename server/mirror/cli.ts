import { parseMirrorConfig } from "./config.ts";
import { mirrorKanbert } from "./kanbert.ts";
import { addSecret, listSecrets, openMirrorDb, removeSecret } from "./store.ts";
import { MirrorCommandError, status, subscribe, unsubscribe } from "./subscribe.ts";

const USAGE = `usage: npm run mirror -- <command>
  subscribe              one comment:* subscription per project (only projects without one)
  status                 this mirror's subscriptions in Kanbert and whether their secrets are stored
  unsubscribe            remove this mirror's subscriptions from Kanbert (and their secrets)
  secret add <id> <secret> [<project-id>]   a secret of a webhook made in Kanbert's own settings
  secret remove <id>
  secret list
Environment: KANBERT_TOKEN, KANBERT_BASE_URL, MIRROR_PUBLIC_URL (default http://HOST:PORT),
DATABASE_URL or COMMENTS_DATA (the store; with PGlite stop the server first).`;

async function run(args: readonly string[]): Promise<string> {
  const parsed = parseMirrorConfig(process.env);
  if (!parsed.ok) throw new MirrorCommandError(parsed.message);
  const config = parsed.config;
  const [command, sub, ...rest] = args;
  if (!command || command === "help" || command === "--help") return USAGE;
  if (!["subscribe", "status", "unsubscribe", "secret"].includes(command))
    throw new MirrorCommandError(`unknown command "${command}"\n${USAGE}`);
  const db = await openMirrorDb({
    dataDir: config.dataDir,
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
  });
  try {
    if (command === "secret") {
      if (sub === "list") {
        const secrets = await listSecrets(db);
        return secrets.length === 0
          ? "no secrets stored"
          : secrets.map((s) => `${s.id}\t${s.project_id ?? "-"}\t${s.source}`).join("\n");
      }
      const [id, secret, projectId] = rest;
      if (sub === "add" && id && secret) {
        await addSecret(db, { id, secret, project_id: projectId ?? null, source: "manual" });
        return `secret ${id} stored`;
      }
      if (sub === "remove" && id)
        return (await removeSecret(db, id)) ? `secret ${id} removed` : `no secret ${id}`;
      throw new MirrorCommandError(USAGE);
    }
    const kanbert = mirrorKanbert(config, db);
    if (command === "subscribe") {
      const report = await subscribe(kanbert);
      return [
        `receiver: ${kanbert.receiverUrl}`,
        `${report.created.length} new subscription(s)${report.created.map((p) => `\n  + ${p.title} (${p.id})`).join("")}`,
        `${report.kept} already there`,
        ...report.skipped.map((line) => `! ${line}`),
      ].join("\n");
    }
    if (command === "status") {
      const { hooks, manualSecrets } = await status(kanbert);
      return [
        `receiver: ${kanbert.receiverUrl}`,
        `${hooks.length} subscription(s)`,
        ...hooks.map(
          ({ webhook, secretStored }) =>
            `  ${webhook.id}\tproject ${webhook.project_id}\t${webhook.is_active ? "active" : "inactive"}\t${secretStored ? "secret stored" : "SECRET MISSING"}`,
        ),
        `${manualSecrets} secret(s) entered by hand`,
      ].join("\n");
    }
    return `${await unsubscribe(kanbert)} subscription(s) removed`;
  } finally {
    await db.close();
  }
}

run(process.argv.slice(2)).then(
  (output) => console.log(output),
  (error: unknown) => {
    console.error(error instanceof MirrorCommandError ? error.message : error);
    process.exitCode = 1;
  },
);
