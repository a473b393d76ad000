import { Hono } from "hono";
import type { Db } from "../../backend/db/db.ts";
import { HttpError, renderHttpError } from "../../backend/http/errors.ts";
import { listPage } from "../../backend/http/list.ts";
import { commentsListing } from "../../backend/model/comments-listing.ts";
import type { Reader } from "./readers.ts";
import { listeningSince } from "./store.ts";

/**
 * `GET /api/v1/tasks/comments` answered from the mirror: the emulator's contract from the same
 * backend code, for readers Kanbert accepts (guests see public comments only). `meta.mirror_since`
 * says since when the mirror has been receiving.
 */
export function listingRoutes(options: {
  db: Db;
  identify: (authorization: string | undefined) => Promise<Reader>;
  now: () => Date;
  logError: (error: unknown) => void;
}): Hono {
  const app = new Hono();
  app.get("/api/v1/tasks/comments", async (c) => {
    const reader = await options.identify(c.req.header("authorization"));
    if (!reader.ok) return c.json({ message: reader.message }, reader.status);
    try {
      const page = await listPage(
        { url: c.req.url, meId: reader.user.id, db: options.db, now: options.now() },
        commentsListing(c.req.url, options.db, reader.user),
      );
      const since = await listeningSince(options.db);
      return c.json({ ...page, meta: { ...page.meta, mirror_since: since } }, 200, {
        "Cache-Control": "no-store",
      });
    } catch (error) {
      if (error instanceof HttpError) return renderHttpError(c, error);
      options.logError(error);
      return c.json({ message: "The comments store is unavailable; retry later." }, 503);
    }
  });
  return app;
}
