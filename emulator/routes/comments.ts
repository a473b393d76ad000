import { Hono } from "hono";
import { notFound } from "../../backend/http/errors.ts";
import { listPage } from "../../backend/http/list.ts";
import { findComment, presentComments } from "../../backend/model/comments.ts";
import { commentsListing } from "../../backend/model/comments-listing.ts";
import { CreateCommentBody } from "../../src/kanbert/bodies.ts";
import { retryOnUniqueViolation } from "../db/unique.ts";
import { createComment } from "../domain/comments.ts";
import { readBody } from "../http/body.ts";
import type { Deps, Env } from "../http/env.ts";
import { listRequest } from "../http/list-request.ts";
import { commentState, emitComment } from "../webhooks/events.ts";

/**
 * Task comments. `POST /tasks/comments` is documented (SPEC §7.1). `GET /tasks/comments` is an
 * EXTENSION of this emulator (SPEC §7.5 b) — Kanbert documents no way to read comments back.
 */

export function commentsRoutes(deps: Deps, options: { extensions: boolean }): Hono<Env> {
  const app = new Hono<Env>();
  const { db } = deps;

  /** EXTENSION — not a documented Kanbert endpoint; absent with `--no-extensions` (404 like Kanbert). */
  if (options.extensions)
    app.get("/tasks/comments", async (c) =>
      c.json(await listPage(listRequest(c, deps), commentsListing(c.req.url, db, c.get("principal").user))),
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
    // A repeated external id is a retry: the comment it made, 200 instead of 201 (and no new event).
    if (!created.existing) {
      const state = await commentState(deps, created.id);
      if (state) await emitComment(deps, "comment:create", state);
    }
    return c.json(comment, created.existing ? 200 : 201);
  });

  return app;
}
