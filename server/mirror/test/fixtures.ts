import type { Db } from "../../../backend/db/db.ts";
import { openTestDb } from "../../../backend/db/test-db.ts";
import { sign } from "../../../backend/webhooks/signature.ts";
import type { CommentData, TaskData, UserData } from "../../../src/kanbert/schemas.ts";
import { mirrorRoutes } from "../routes.ts";
import { migrateMirror } from "../schema.ts";
import { addSecret } from "../store.ts";

export const SECRET = "s3cret-for-tests";
const CLIENT_ID = "client-1";

const space = { id: "space-1", name: "Home" };
export const MEMBER: UserData = {
  id: "user-1",
  first_name: "Mia",
  last_name: "Member",
  email: "mia@example.test",
  type: "user",
  space,
};
const GUEST: UserData = {
  ...MEMBER,
  id: "user-2",
  first_name: "Gus",
  last_name: "Guest",
  type: "guest",
};

export const TASK: TaskData = {
  id: "task-1",
  project_id: "project-1",
  client_id: CLIENT_ID,
  parent_task_id: null,
  external_id: null,
  external_origin: null,
  uri: "T-1",
  title: "Quarterly review",
  description: null,
  status: "WIP",
  type: "task",
  estimated_hours: null,
  is_onhold: false,
  is_public: true,
  due_date: null,
  assignee: null,
  list_sorting: 1,
  completed_at: null,
  closed_at: null,
  created_at: "2026-11-01T09:00:00Z",
  updated_at: "2026-11-01T09:00:00Z",
};

export function comment(id: string, patch: Partial<CommentData> = {}): CommentData {
  return {
    id,
    external_id: null,
    external_origin: null,
    parent_comment_id: null,
    task: TASK,
    sub_comments: [],
    author: MEMBER,
    comment: `<p>${id}</p>`,
    attachements: [],
    is_public: true,
    created_at: "2026-11-20T10:00:00Z",
    updated_at: "2026-11-20T10:00:00Z",
    ...patch,
  };
}

/** The mirror on a fresh store (PGlite, or PostgreSQL with TEST_DATABASE_URL); tokens → users for /whoami. */
export async function startMirror(options: { db?: Db } = {}) {
  const db = options.db ?? (await openTestDb());
  await migrateMirror(db);
  await addSecret(db, { id: "hook-1", project_id: TASK.project_id, secret: SECRET, source: "manual" });
  const tokens: Record<string, UserData> = { member: MEMBER, guest: GUEST };
  const whoamiCalls: string[] = [];
  const app = mirrorRoutes({
    db,
    kanbertBaseUrl: "http://kanbert.test/api/v1",
    signatureHeader: "X-Kanbert-Signature",
    signatureEncoding: "hex",
    maxBodyBytes: 256 * 1024,
    logError: () => {},
    // Kanbert's /whoami for the tokens above; any other token is refused as Kanbert does.
    fetch: async (_url, init) => {
      const header = new Headers(init.headers).get("authorization") ?? "";
      whoamiCalls.push(header);
      const user = tokens[header.replace(/^Bearer /, "")];
      return user ? Response.json(user) : Response.json({ message: "Unauthenticated." }, { status: 401 });
    },
  });

  async function deliver(body: unknown, init: { secret?: string; signature?: string | null } = {}) {
    const raw = typeof body === "string" ? body : JSON.stringify(body);
    const headers: Record<string, string> = { "Content-Type": "application/json" };
    const signature = init.signature === undefined ? sign(init.secret ?? SECRET, raw) : init.signature;
    if (signature !== null) headers["X-Kanbert-Signature"] = signature;
    return app.request("/webhooks/kanbert", { method: "POST", headers, body: raw });
  }

  async function list(query: string, token = "member") {
    return app.request(`/api/v1/tasks/comments${query}`, { headers: { Authorization: `Bearer ${token}` } });
  }

  return { db, app, deliver, list, whoamiCalls };
}
