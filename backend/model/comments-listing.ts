import type { FilterNode } from "../../src/filter/index.ts";
import type { CommentData, UserData } from "../../src/kanbert/schemas.ts";
import type { Queryable } from "../db/db.ts";
import { commentsFilter } from "../filter/endpoints.ts";
import { readFilter } from "../filter/read-filter.ts";
import type { ListEndpoint } from "../http/list.ts";
import { readRawFilter } from "../sql/filter.ts";
import {
  allCommentsSource,
  parseCommentRow,
  presentComments,
  type TasksWithClient,
  topLevelCommentsSource,
} from "./comments.ts";

/**
 * `GET /tasks/comments` — the emulator's EXTENSION and the production server's mirror answer it
 * with this one definition: filters, sorts, includes, cursors, threads and visibility.
 */

function names(node: FilterNode | null | undefined, field: string): boolean {
  if (!node) return false;
  if (node.type === "group") return node.children.some((child) => names(child, field));
  if (node.type === "quantifier") return node.field === field || names(node.where, field);
  return node.field === field;
}

/** Top-level comments unless the filter asks about `parent_comment_id` (invalid filters → 400 later). */
function listsReplies(search: URLSearchParams): boolean {
  const raw = readRawFilter(search);
  if (raw === null) return false;
  const read = readFilter(raw, commentsFilter.catalogue);
  return read.ok && names(read.ast, "parent_comment_id");
}

/** A `guest` sees public comments only (SPEC §7.1 `is_public`). */
const seesPublicOnly = (user: UserData) => user.type === "guest";

export function commentsListing(
  url: string,
  db: Queryable,
  reader: UserData,
  tasksWithClient?: TasksWithClient,
): ListEndpoint<CommentData> {
  const publicOnly = seesPublicOnly(reader);
  return {
    filter: commentsFilter,
    source: listsReplies(new URL(url).searchParams) ? allCommentsSource : topLevelCommentsSource,
    archived: "with",
    where: () => (publicOnly ? ["cm.is_public"] : []),
    present: (rows, includes) =>
      presentComments(db, rows.map(parseCommentRow), includes, { publicOnly, tasksWithClient }),
  };
}
