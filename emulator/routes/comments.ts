import type { Context } from "hono";
import { Hono } from "hono";
import type { FilterNode } from "../../src/filter/index.ts";
import { CreateCommentBody } from "../../src/kanbert/bodies.ts";
import { commentsCatalogue } from "../../src/kanbert/catalogue.ts";
import { retryOnUniqueViolation } from "../db/unique.ts";
import { createComment } from "../domain/comments.ts";
import { commentsFields } from "../filter/maps-tasks.ts";
import { readFilter } from "../filter/read-filter.ts";
import { readBody } from "../http/body.ts";
import type { Deps, Env } from "../http/env.ts";
import { notFound } from "../http/errors.ts";
import { listPage } from "../http/list.ts";
import {
  allCommentsSource,
  findComment,
  parseCommentRow,
  presentComments,
  topLevelCommentsSource,
} from "../model/comments.ts";
import { readRawFilter } from "../sql/filter.ts";

/**
 * Task comments. `POST /tasks/comments` is documented (SPEC §7.1). `GET /tasks/comments` is an
 * EXTENSION of this emulator (SPEC §7.5 b) — Kanbert documents no way to read comments back.
 */

function names(node: FilterNode | null | undefined, field: string): boolean {
  if (!node) return false;
  if (node.type === "group") return node.children.some((child) => names(child, field));
  if (node.type === "quantifier") return node.field === field || names(node.where, field);
  return node.field === field;
}

/** Top-level comments unless the filter asks about `parent_comment_id` (invalid filters → 400 later). */
function listsReplies(c: Context<Env>): boolean {
  const raw = readRawFilter(new URL(c.req.url).searchParams);
  if (raw === null) return false;
  const read = readFilter(raw, commentsCatalogue);
  return read.ok && names(read.ast, "parent_comment_id");
}

export function commentsRoutes(deps: Deps): Hono<Env> {
  const app = new Hono<Env>();
  const { db } = deps;

  /** EXTENSION — not a documented Kanbert endpoint. */
  app.get("/tasks/comments", (c) =>
    listPage(c, deps, {
      catalogue: commentsCatalogue,
      source: listsReplies(c) ? allCommentsSource : topLevelCommentsSource,
      fields: commentsFields,
      archived: "with",
      present: (rows, includes) => presentComments(db, rows.map(parseCommentRow), includes),
    }),
  );

  app.post("/tasks/comments", async (c) => {
    const body = await readBody(c, CreateCommentBody);
    const { user, slug } = c.get("principal");
    // A concurrent retry with the same external id loses the race for the unique key: run again,
    // and the lookup then finds the winner's comment (200), never a 500.
    const created = await retryOnUniqueViolation(() =>
      db.transaction((tx) => createComment(tx, body, { userId: user.id, slug }, deps.now())),
    );
    const row = await findComment(db, created.id);
    if (!row) throw notFound();
    const [comment] = await presentComments(db, [row], []);
    // A repeated external id is a retry: the comment it made, 200 instead of 201.
    return c.json(comment, created.existing ? 200 : 201);
  });

  return app;
}
