import type { Batch, ClientRef, SeedWorld } from "./seed-types.ts";
import { ATTACHMENTS, COMMENT_SENTENCES, PROJECT_TOPICS, TASK_TITLES } from "./seed-words.ts";

const DAY = 86_400_000;
const TASK_STATUSES = ["Backlog", "New", "WIP", "Completed", "Approved", "Closed"] as const;

const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) => iso(ms).slice(0, 10);

export function makeProjects(world: SeedWorld, batch: Batch, client: ClientRef): void {
  const { rng } = world;
  const count = rng.weighted([
    [0, 20],
    [1, 35],
    [2, 25],
    [3, 12],
    [4, 8],
  ]);
  for (let n = 1; n <= count; n++) {
    const id = rng.uuid();
    const created = client.created + Math.floor(rng.next() * (world.anchor - client.created));
    const running = rng.chance(0.6);
    const start = created + rng.int(0, 30) * DAY;
    const code = `${client.code}-${n}`;
    batch.projects.push({
      id,
      client_id: client.id,
      project_type_id: rng.pick(world.projectTypes).id,
      external_id: null,
      external_origin: null,
      title: `${rng.pick(PROJECT_TOPICS)} ${new Date(start).getUTCFullYear()}`,
      description: rng.chance(0.5) ? "Scope agreed in the kick-off meeting." : null,
      shortcode: code,
      po_number: rng.chance(0.3) ? `PO-${rng.int(10_000, 99_999)}` : null,
      status: running ? "running" : "closed",
      is_acquisition: rng.chance(0.15),
      is_private: rng.chance(0.1),
      start_date: day(start),
      end_date: running ? null : day(start + rng.int(14, 365) * DAY),
      created_at: iso(created),
      updated_at: iso(created + Math.floor(rng.next() * (world.anchor - created))),
    });
    makeTasks(world, batch, {
      projectId: id,
      clientId: client.id,
      code,
      created,
      withComments: client.withComments,
    });
  }
}

interface ProjectRef {
  projectId: string;
  clientId: string;
  code: string;
  created: number;
  withComments: boolean;
}

function makeTasks(world: SeedWorld, batch: Batch, project: ProjectRef): void {
  const { rng } = world;
  const count = rng.weighted([
    [0, 15],
    [1, 25],
    [2, 25],
    [3, 15],
    [4, 12],
    [5, 8],
  ]);
  for (let n = 1; n <= count; n++) {
    const id = rng.uuid();
    const created = project.created + Math.floor(rng.next() * (world.anchor - project.created));
    const status = rng.pick(TASK_STATUSES);
    const done = status === "Completed" || status === "Approved" || status === "Closed";
    const finished = created + rng.int(1, 60) * DAY;
    batch.tasks.push({
      id,
      project_id: project.projectId,
      client_id: project.clientId,
      parent_task_id: null,
      external_id: null,
      external_origin: null,
      uri: `${project.code}-T${n}`,
      title: rng.pick(TASK_TITLES),
      description: rng.chance(0.4) ? "<p>See the project brief.</p>" : null,
      status,
      type: "task",
      estimated_hours: rng.chance(0.5) ? rng.int(1, 40) : null,
      is_onhold: rng.chance(0.05),
      is_public: rng.chance(0.9),
      due_date: rng.chance(0.2) ? null : day(created + rng.int(-10, 90) * DAY),
      assignee_id: rng.chance(0.8) ? rng.pick(world.staff).id : null,
      completed_at: done ? iso(finished) : null,
      closed_at: status === "Closed" ? iso(finished) : null,
      list_sorting: n,
      created_at: iso(created),
      updated_at: iso(done ? finished : created),
    });
    if (project.withComments) makeComments(world, batch, id, created);
  }
}

function commentHtml(world: SeedWorld): string {
  const { rng } = world;
  const parts = [`<p>${rng.pick(COMMENT_SENTENCES)}</p>`];
  if (rng.chance(0.3))
    parts.push(`<p><mention data-id="${rng.pick(world.staff).id}" /> please have a look.</p>`);
  if (rng.chance(0.2)) parts.push(`<p><strong>Important:</strong> ${rng.pick(COMMENT_SENTENCES)}</p>`);
  if (rng.chance(0.1)) parts.push('<p>Details: <a href="https://example.com/brief">project brief</a></p>');
  return parts.join("");
}

function makeComments(world: SeedWorld, batch: Batch, taskId: string, taskCreated: number): void {
  const { rng } = world;
  const topLevel = rng.int(0, 2);
  for (let t = 0; t < topLevel; t++) {
    const rootAt = taskCreated + rng.int(1, 20 * 24) * 3_600_000;
    const rootId = addComment(world, batch, taskId, null, rootAt);
    const replies = rng.int(0, 2);
    for (let r = 1; r <= replies; r++)
      addComment(world, batch, taskId, rootId, rootAt + r * rng.int(5, 600) * 60_000);
  }
}

function addComment(
  world: SeedWorld,
  batch: Batch,
  taskId: string,
  parentId: string | null,
  at: number,
): string {
  const { rng } = world;
  const id = rng.uuid();
  at = Math.min(at, world.anchor);
  batch.comments.push({
    id,
    task_id: taskId,
    parent_comment_id: parentId,
    author_id: rng.pick(world.authors).id,
    external_id: null,
    external_origin: null,
    body: commentHtml(world),
    is_public: rng.chance(0.85),
    created_at: iso(at),
    updated_at: iso(at),
  });
  if (rng.chance(0.15)) {
    const [fileName, mime, size] = rng.pick(ATTACHMENTS);
    batch.comment_files.push({
      id: rng.uuid(),
      comment_id: id,
      file_name: fileName,
      mime_type: mime,
      size,
      created_at: iso(at),
    });
  }
  return id;
}
