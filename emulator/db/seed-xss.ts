import type { Queryable } from "../../backend/db/db.ts";
import { XSS_CORPUS } from "../../src/kanbert/xss-corpus.ts";
import { INTEGRATION_USER_ID } from "../config.ts";
import type { SeedCounts, SeedWorld } from "./seed-types.ts";

/**
 * The XSS lab: one client (`XSS_CLIENT`, stable id and shortcode) with a project, two tasks and
 * every payload of the corpus as a comment — some as replies — so the dashboard's sanitising can
 * be checked against real data in any database. Uses no random numbers: the rest of the seed is
 * unchanged by it.
 */

const HOUR = 3_600_000;
const ids = (kind: number, n: number) =>
  `5ec0${kind.toString(16).padStart(4, "0")}-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;

/** The lab client: a stable id, a name that sorts last, a shortcode to open it by. */
export const XSS_CLIENT = {
  id: "5ec00000-0000-4000-8000-000000000001",
  name: "Zz Security Review Ltd",
  shortcode: "XSSLAB",
} as const;

export const XSS_TASK_IDS = [ids(3, 1), ids(3, 2)] as const;

/** Adds the lab and counts its rows into `counts`. */
export async function seedXssLab(db: Queryable, world: SeedWorld, counts: SeedCounts): Promise<void> {
  const at = (hoursAgo: number) => new Date(world.anchor - hoursAgo * HOUR).toISOString();
  const contact = world.staff[0]?.id ?? INTEGRATION_USER_ID;
  const projectId = ids(2, 1);
  await db.query(
    `insert into clients (id, name, shortcode, segment, primary_contact_id, created_at, updated_at)
     values ($1, $2, $3, 'A', $4, $5, $5)`,
    [XSS_CLIENT.id, XSS_CLIENT.name, XSS_CLIENT.shortcode, contact, at(24 * 90)],
  );
  await db.query(
    `insert into projects (id, client_id, title, shortcode, status, start_date, created_at, updated_at)
     values ($1, $2, 'Security review 2026', 'XSSLAB-1', 'running', '2026-08-01', $3, $3)`,
    [projectId, XSS_CLIENT.id, at(24 * 90)],
  );
  const titles = ["Review hostile markup", "Check link handling"];
  for (const [n, id] of XSS_TASK_IDS.entries()) {
    await db.query(
      `insert into tasks (id, project_id, client_id, uri, title, status, assignee_id, list_sorting, created_at, updated_at)
       values ($1, $2, $3, $4, $5, 'WIP', $6, $7, $8, $8)`,
      [id, projectId, XSS_CLIENT.id, `XSSLAB-1-T${n + 1}`, titles[n], contact, n + 1, at(24 * 80)],
    );
  }
  const authors = world.authors.length > 0 ? world.authors : [{ id: INTEGRATION_USER_ID }];
  let root = "";
  let rootTask: string = XSS_TASK_IDS[0];
  for (const [n, payload] of XSS_CORPUS.entries()) {
    const id = ids(4, n + 1);
    // Every fifth payload answers the thread before it, so replies are hostile too.
    const parent = n % 5 === 4 ? root : null;
    if (parent === null) {
      root = id;
      rootTask = XSS_TASK_IDS[n % 2] ?? rootTask;
    }
    await db.query(
      `insert into comments (id, task_id, parent_comment_id, author_id, body, is_public, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $7)`,
      [
        id,
        rootTask,
        parent,
        authors[n % authors.length]?.id ?? INTEGRATION_USER_ID,
        `<p>Payload ${n + 1}: ${payload.name}</p>${payload.html}`,
        n % 3 !== 0,
        at(XSS_CORPUS.length - n),
      ],
    );
  }
  counts.clients += 1;
  counts.projects += 1;
  counts.tasks += XSS_TASK_IDS.length;
  counts.comments += XSS_CORPUS.length;
}
