import { randomUUID } from "node:crypto";
import { z } from "zod";
import { type Queryable, select, selectOne } from "../../backend/db/db.ts";
import { validationError } from "../../backend/http/errors.ts";
import type { CreateClientBody, ExternalIdentifierBody, UpdateClientBody } from "../../src/kanbert/bodies.ts";
import { firstFreeShortcode, shortcodeBase } from "./shortcode.ts";

/** Client writes and their uniqueness rules. Archived clients keep their keys reserved. */

const Exists = z.object({ id: z.string() });

const TAKEN_SHORTCODE = "The shortcode has already been taken.";
const TAKEN_EXTERNAL = "The external id has already been taken.";
const UNKNOWN_CONTACT = "The selected primary contact id is invalid.";

async function shortcodeTaken(db: Queryable, shortcode: string, except: string | null): Promise<boolean> {
  const row = await selectOne(
    db,
    Exists,
    "select id from clients where lower(shortcode) = lower($1) and id is distinct from $2",
    [shortcode, except],
  );
  return row !== null;
}

async function externalTaken(db: Queryable, origin: string | null, id: string, except: string | null) {
  const row = await selectOne(
    db,
    Exists,
    "select id from clients where external_origin is not distinct from $1 and external_id = $2 and id is distinct from $3",
    [origin, id, except],
  );
  return row !== null;
}

async function userExists(db: Queryable, id: string): Promise<boolean> {
  return (await selectOne(db, Exists, "select id from users where id = $1", [id])) !== null;
}

async function generateShortcode(db: Queryable, name: string): Promise<string> {
  const base = shortcodeBase(name);
  const taken = await select(
    db,
    z.object({ shortcode: z.string() }),
    "select shortcode from clients where lower(shortcode) like lower($1) || '%'",
    [base],
  );
  return firstFreeShortcode(
    base,
    taken.map((r) => r.shortcode),
  );
}

const blank = (value: string | null | undefined) =>
  value === undefined || value === null || value === "" ? null : value;

export async function createClient(
  db: Queryable,
  body: CreateClientBody,
  slug: string,
  now: Date,
): Promise<string> {
  const errors: Record<string, string[]> = {};
  const shortcode = blank(body.shortcode);
  const externalId = blank(body.external_id);
  const origin = blank(body.external_origin) ?? (externalId !== null ? slug : null);
  const contact = body.primary_contact_id ?? null;
  if (shortcode !== null && (await shortcodeTaken(db, shortcode, null))) errors.shortcode = [TAKEN_SHORTCODE];
  if (externalId !== null && (await externalTaken(db, origin, externalId, null)))
    errors.external_id = [TAKEN_EXTERNAL];
  if (contact !== null && !(await userExists(db, contact))) errors.primary_contact_id = [UNKNOWN_CONTACT];
  if (Object.keys(errors).length > 0) throw validationError(errors);
  const id = randomUUID();
  await db.query(
    `insert into clients (id, name, shortcode, segment, primary_contact_id, external_id, external_origin, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $8)`,
    [
      id,
      body.name,
      shortcode ?? (await generateShortcode(db, body.name)),
      body.segment ?? "B",
      contact,
      externalId,
      origin,
      now.toISOString(),
    ],
  );
  return id;
}

export async function updateClient(
  db: Queryable,
  id: string,
  body: UpdateClientBody,
  now: Date,
): Promise<void> {
  const contact = body.primary_contact_id;
  // "" is a value (an unknown user), not a clear: only null clears the contact.
  if (contact !== undefined && contact !== null && !(await userExists(db, contact))) {
    throw validationError({ primary_contact_id: [UNKNOWN_CONTACT] });
  }
  await db.query(
    `update clients set
       name = coalesce($2, name),
       segment = coalesce($3, segment),
       primary_contact_id = case when $4::boolean then $5 else primary_contact_id end,
       updated_at = $6
     where id = $1`,
    [
      id,
      body.name ?? null,
      body.segment ?? null,
      body.primary_contact_id !== undefined,
      body.primary_contact_id ?? null,
      now.toISOString(),
    ],
  );
}

export async function setShortcode(db: Queryable, id: string, shortcode: string, now: Date): Promise<void> {
  if (await shortcodeTaken(db, shortcode, id)) throw validationError({ shortcode: [TAKEN_SHORTCODE] });
  await db.query("update clients set shortcode = $2, updated_at = $3 where id = $1", [
    id,
    shortcode,
    now.toISOString(),
  ]);
}

export async function setExternalIdentifier(
  db: Queryable,
  id: string,
  body: ExternalIdentifierBody,
  slug: string,
  now: Date,
): Promise<void> {
  const externalId = blank(body.external_id);
  const origin = externalId === null ? null : (blank(body.external_origin) ?? slug);
  if (externalId !== null && (await externalTaken(db, origin, externalId, id))) {
    throw validationError({ external_id: [TAKEN_EXTERNAL] });
  }
  await db.query("update clients set external_id = $2, external_origin = $3, updated_at = $4 where id = $1", [
    id,
    externalId,
    origin,
    now.toISOString(),
  ]);
}

/** Soft delete; false when the client was already archived. */
export async function archiveClient(db: Queryable, id: string, now: Date): Promise<boolean> {
  const { affectedRows } = await db.query(
    "update clients set deleted_at = $2, updated_at = $2 where id = $1 and deleted_at is null",
    [id, now.toISOString()],
  );
  return affectedRows > 0;
}

/** Restores an archived client; an active one is left untouched. */
export async function restoreClient(db: Queryable, id: string, now: Date): Promise<void> {
  await db.query(
    "update clients set deleted_at = null, updated_at = $2 where id = $1 and deleted_at is not null",
    [id, now.toISOString()],
  );
}
