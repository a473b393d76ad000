import { z } from "zod";
import type { UserData } from "../../src/kanbert/schemas.ts";
import { UserType } from "../../src/kanbert/schemas.ts";
import { type Queryable, selectOne } from "../db/db.ts";
import type { ListSource } from "../sql/list.ts";

/** Columns of a user and its space under a prefix, e.g. `pc_` for a client's primary contact. */
export function userColumns(user: string, space: string, prefix: string): string {
  return [
    `${user}.id as ${prefix}id`,
    `${user}.first_name as ${prefix}first_name`,
    `${user}.last_name as ${prefix}last_name`,
    `${user}.email as ${prefix}email`,
    `${user}.type as ${prefix}type`,
    `${space}.id as ${prefix}space_id`,
    `${space}.name as ${prefix}space_name`,
  ].join(", ");
}

export const UserRow = z.object({
  id: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  email: z.string(),
  type: UserType,
  space_id: z.string(),
  space_name: z.string(),
});

export function presentUser(row: z.infer<typeof UserRow>): UserData {
  return {
    id: row.id,
    first_name: row.first_name,
    last_name: row.last_name,
    email: row.email,
    type: row.type,
    space: { id: row.space_id, name: row.space_name },
  };
}

export const usersSource: ListSource = {
  select: userColumns("u", "s", ""),
  from: "users u join spaces s on s.id = u.space_id",
  keys: {
    first_name: { sql: "u.first_name", nullable: false, type: "text" },
    last_name: { sql: "u.last_name", nullable: false, type: "text" },
    email: { sql: "u.email", nullable: false, type: "text" },
  },
  id: { sql: "u.id", nullable: false, type: "text" },
};

export async function findUser(db: Queryable, id: string): Promise<UserData | null> {
  const row = await selectOne(
    db,
    UserRow,
    `select ${usersSource.select} from ${usersSource.from} where u.id = $1`,
    [id],
  );
  return row ? presentUser(row) : null;
}

/** Built once: a zod schema made per call is compiled again on every request that authenticates. */
const TokenUserRow = UserRow.extend({ integration_slug: z.string() });

/** The user a bearer token (by its sha256) stands for, and its integration, in one query. */
export async function findTokenUser(
  db: Queryable,
  tokenSha256: string,
): Promise<{ user: UserData; slug: string } | null> {
  const row = await selectOne(
    db,
    TokenUserRow,
    `select ${usersSource.select}, t.integration_slug
     from tokens t join ${usersSource.from} on u.id = t.user_id
     where t.token_sha256 = $1`,
    [tokenSha256],
  );
  return row ? { user: presentUser(row), slug: row.integration_slug } : null;
}
