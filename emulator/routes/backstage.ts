import { Hono } from "hono";
import { notFound } from "../../backend/http/errors.ts";
import { UpdateCommentBody } from "../../src/kanbert/bodies.ts";
import type { CommentData } from "../../src/kanbert/schemas.ts";
import { deleteComment, updateComment } from "../domain/comments.ts";
import { auth } from "../http/auth.ts";
import { readBody } from "../http/body.ts";
import type { Deps, Env } from "../http/env.ts";
import { commentState, emitComment } from "../webhooks/events.ts";

/**
 * EMULATOR EXTENSION, outside the API (`/_emulator/…`): what a person does in Kanbert's own app and
 * the public API cannot do — edit or delete a comment. It exists so that `comment:update` and
 * `comment:delete` webhooks happen; it stays with `--no-extensions`, because it is not part of the
 * API surface the dashboard talks to (`/api/v1` then answers exactly like Kanbert).
 */
export function backstageRoutes(deps: Deps, tokens: Readonly<Record<string, string>>): Hono<Env> {
  const app = new Hono<Env>();
  app.use("*", auth(deps, tokens));

  app.patch("/comments/:id", async (c) => {
    const id = c.req.param("id");
    const body = await readBody(c, UpdateCommentBody);
    if (!(await updateComment(deps.db, id, body, deps.now()))) throw notFound();
    const state = await commentState(deps, id);
    if (!state) throw notFound();
    await emitComment(deps, "comment:update", state);
    return c.json(state);
  });

  app.delete("/comments/:id", async (c) => {
    const id = c.req.param("id");
    const states: CommentData[] = [];
    const root = await commentState(deps, id);
    if (!root) throw notFound();
    for (const reply of root.sub_comments) {
      const state = await commentState(deps, reply.id);
      if (state) states.push(state);
    }
    states.push(root);
    await deps.db.transaction((tx) => deleteComment(tx, id));
    for (const state of states) await emitComment(deps, "comment:delete", state);
    return c.body(null, 204);
  });

  return app;
}
