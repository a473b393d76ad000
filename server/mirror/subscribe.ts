import type { Db } from "../../backend/db/db.ts";
import { ApiError } from "../../src/kanbert/errors.ts";
import type { HttpClient } from "../../src/kanbert/http.ts";
import { listProjects } from "../../src/kanbert/projects.ts";
import type { ProjectData, WebhookData } from "../../src/kanbert/schemas.ts";
import { whoami } from "../../src/kanbert/users.ts";
import { createWebhook, deleteWebhook, listWebhooks } from "../../src/kanbert/webhooks.ts";
import { addSecret, listSecrets, removeSecret } from "./store.ts";

/**
 * `npm run mirror -- subscribe|status|unsubscribe`: one project-scoped `comment:*` subscription per
 * project of the workspace, pointing at this mirror's receiver. Idempotent: a project that already
 * has one is left alone. Every failure is a sentence for a person; nothing half-done is hidden.
 */

const COMMENT_EVENTS = ["comment:create", "comment:update", "comment:delete"] as const;

export interface MirrorKanbert {
  http: HttpClient;
  db: Db;
  /** The receiver's public address, `…/webhooks/kanbert`. */
  receiverUrl: string;
  /** Checks that the receiver answers at `receiverUrl` (before anything changes). */
  probe: (url: string) => Promise<boolean>;
}

export class MirrorCommandError extends Error {}

/** A person's sentence for an API failure. */
function explain(error: unknown, baseUrl: string): MirrorCommandError {
  if (error instanceof ApiError) {
    if (error.status === 401)
      return new MirrorCommandError(
        "Kanbert rejected KANBERT_TOKEN (401): create an integration token in Kanbert under Settings → Apps & API.",
      );
    if (error.status === 403)
      return new MirrorCommandError(
        "KANBERT_TOKEN lacks the `integration` scope that webhook management needs (403).",
      );
    if (error.kind === "network")
      return new MirrorCommandError(
        `Cannot reach Kanbert at ${baseUrl}: check KANBERT_BASE_URL and the network.`,
      );
    return new MirrorCommandError(`Kanbert answered ${error.status}: ${error.message}`);
  }
  return new MirrorCommandError(error instanceof Error ? error.message : String(error));
}

async function allPages<T>(
  load: (cursor: string | null) => Promise<{ data: T[]; meta: { next_cursor: string | null } }>,
) {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page = await load(cursor);
    items.push(...page.data);
    cursor = page.meta.next_cursor;
  } while (cursor !== null);
  return items;
}

async function ours(k: MirrorKanbert): Promise<WebhookData[]> {
  const hooks = await allPages((cursor) =>
    listWebhooks(k.http, { pageSize: 100, cursor, sort: ["created_at"] }),
  );
  return hooks.filter((hook) => hook.url === k.receiverUrl);
}

export interface SubscribeReport {
  created: ProjectData[];
  kept: number;
  skipped: string[];
}

export async function subscribe(k: MirrorKanbert): Promise<SubscribeReport> {
  const base = k.http.connection.baseUrl;
  let projects: ProjectData[];
  let existing: WebhookData[];
  try {
    await whoami(k.http);
    projects = await allPages((cursor) =>
      listProjects(k.http, { pageSize: 100, cursor, sort: ["created_at"] }),
    );
    existing = await ours(k);
  } catch (error) {
    throw explain(error, base);
  }
  if (!(await k.probe(k.receiverUrl)))
    throw new MirrorCommandError(
      `Nothing answers as this mirror's receiver at ${k.receiverUrl}: Kanbert could not deliver there. Set MIRROR_PUBLIC_URL to the address Kanbert can reach (and start the server with COMMENTS_MIRROR=1). Subscriptions are unchanged.`,
    );
  const known = new Set((await listSecrets(k.db)).map((s) => s.id));
  const covered = new Set(existing.map((hook) => hook.project_id));
  const report: SubscribeReport = { created: [], kept: existing.length, skipped: [] };
  for (const hook of existing)
    if (!known.has(hook.id))
      report.skipped.push(
        `Subscription ${hook.id} (project ${hook.project_id}) exists in Kanbert but its secret is not stored here: add it with \`npm run mirror -- secret add ${hook.id} <secret>\`, or unsubscribe and subscribe again.`,
      );
  for (const project of projects) {
    if (covered.has(project.id)) continue;
    try {
      const hook = await createWebhook(k.http, {
        url: k.receiverUrl,
        events: [...COMMENT_EVENTS],
        project_id: project.id,
        is_active: true,
      });
      await addSecret(k.db, {
        id: hook.id,
        project_id: project.id,
        secret: hook.secret,
        source: "subscribe",
      });
      report.created.push(project);
    } catch (error) {
      if (error instanceof ApiError && error.status === 422 && error.fieldErrors.project_id)
        report.skipped.push(
          `Project "${project.title}" (${project.id}) vanished before its subscription was made; skipped.`,
        );
      else if (error instanceof ApiError && error.status === 422 && error.fieldErrors.url)
        throw new MirrorCommandError(
          `Kanbert refused the receiver's address ${k.receiverUrl}: ${error.fieldErrors.url.join(" ")} Subscriptions made so far are kept (${report.created.length} new).`,
        );
      else throw explain(error, base);
    }
  }
  return report;
}

export interface StatusLine {
  webhook: WebhookData;
  secretStored: boolean;
}

export async function status(k: MirrorKanbert): Promise<{ hooks: StatusLine[]; manualSecrets: number }> {
  try {
    const hooks = await ours(k);
    const secrets = await listSecrets(k.db);
    const stored = new Set(secrets.map((s) => s.id));
    return {
      hooks: hooks.map((webhook) => ({ webhook, secretStored: stored.has(webhook.id) })),
      manualSecrets: secrets.filter((s) => s.source === "manual").length,
    };
  } catch (error) {
    throw explain(error, k.http.connection.baseUrl);
  }
}

export async function unsubscribe(k: MirrorKanbert): Promise<number> {
  let removed = 0;
  try {
    for (const hook of await ours(k)) {
      await deleteWebhook(k.http, hook.id);
      await removeSecret(k.db, hook.id);
      removed += 1;
    }
  } catch (error) {
    throw explain(error, k.http.connection.baseUrl);
  }
  return removed;
}
