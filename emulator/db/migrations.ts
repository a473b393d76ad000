import type { Db } from "../../backend/db/db.ts";
import { type Migration, runMigrations } from "../../backend/db/migrate.ts";

/**
 * The collation of name and shortcode sorts: ICU's root locale ("Ábc" < "apple" < "Łódź" < "Zeta"),
 * present in PGlite and in PostgreSQL ≥ 10 built with ICU (Debian's is), deterministic (ties are
 * byte-wise), so keyset cursors stay exact. `unicode` would need PostgreSQL 16.
 */
export const SORT_COLLATION = '"und-x-icu"';

const NAME_SORT_INDEX = `create index clients_name_idx on clients (name collate ${SORT_COLLATION}, id)`;
const SHORTCODE_SORT_INDEX = `create index clients_shortcode_idx on clients (shortcode collate ${SORT_COLLATION}, id)`;

/**
 * Secondary indexes, kept apart so the seed can drop them and build them once after bulk loading
 * (an order of magnitude faster than maintaining a GIN index row by row). Every list sort has a
 * (key, id) index for keyset pagination; trigram GIN indexes serve `contains`/`like` filters.
 * Unique ones cover archived rows too: their keys stay reserved.
 */
const SECONDARY_INDEXES: readonly (readonly [name: string, sql: string])[] = [
  ["users_email_key", "create unique index users_email_key on users (lower(email))"],
  ["users_first_name_idx", "create index users_first_name_idx on users (first_name, id)"],
  ["users_last_name_idx", "create index users_last_name_idx on users (last_name, id)"],
  ["users_email_idx", "create index users_email_idx on users (email, id)"],
  ["clients_shortcode_key", "create unique index clients_shortcode_key on clients (lower(shortcode))"],
  [
    "clients_external_key",
    "create unique index clients_external_key on clients (external_origin, external_id) where external_id is not null",
  ],
  ["clients_name_idx", NAME_SORT_INDEX],
  ["clients_shortcode_idx", SHORTCODE_SORT_INDEX],
  ["clients_created_at_idx", "create index clients_created_at_idx on clients (created_at, id)"],
  [
    "clients_deleted_at_idx",
    "create index clients_deleted_at_idx on clients (deleted_at) where deleted_at is not null",
  ],
  ["clients_primary_contact_idx", "create index clients_primary_contact_idx on clients (primary_contact_id)"],
  ["clients_origin_space_idx", "create index clients_origin_space_idx on clients (origin_space_id)"],
  ["clients_lower_name_idx", "create index clients_lower_name_idx on clients (lower(name) text_pattern_ops)"],
  [
    "clients_name_trgm_idx",
    "create index clients_name_trgm_idx on clients using gin (lower(name) gin_trgm_ops)",
  ],
  [
    "clients_shortcode_trgm_idx",
    "create index clients_shortcode_trgm_idx on clients using gin (lower(shortcode) gin_trgm_ops)",
  ],
  ["projects_client_idx", "create index projects_client_idx on projects (client_id)"],
  ["tasks_project_idx", "create index tasks_project_idx on tasks (project_id)"],
  ["tasks_client_idx", "create index tasks_client_idx on tasks (client_id)"],
  ["tasks_assignee_idx", "create index tasks_assignee_idx on tasks (assignee_id)"],
  ["comments_task_idx", "create index comments_task_idx on comments (task_id, created_at, id)"],
  ["comments_parent_idx", "create index comments_parent_idx on comments (parent_comment_id)"],
  [
    "comments_external_key",
    "create unique index comments_external_key on comments (external_origin, external_id) where external_id is not null",
  ],
  ["comment_files_comment_idx", "create index comment_files_comment_idx on comment_files (comment_id)"],
];

/**
 * The comments listing's sorts (newest or oldest first, last activity) and its author filter, as
 * the mirror's store has them (server/mirror/schema.ts). Added in migration 5; the seed drops and
 * rebuilds them with the others.
 */
const COMMENT_LIST_INDEXES: readonly (readonly [name: string, sql: string])[] = [
  ["comments_created_at_idx", "create index comments_created_at_idx on comments (created_at, id)"],
  ["comments_updated_at_idx", "create index comments_updated_at_idx on comments (updated_at, id)"],
  ["comments_author_idx", "create index comments_author_idx on comments (author_id)"],
];

/** Every index the seed drops before a bulk load and builds once after it. */
export const BULK_LOAD_INDEXES = [...SECONDARY_INDEXES, ...COMMENT_LIST_INDEXES];

// Schema, versioned. Timestamps are timestamptz(3); API values are formatted in SQL, so both
// drivers answer the same text.
const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "core tables",
    sql: `
create extension if not exists pg_trgm;

create table spaces (
  id text primary key,
  name text not null,
  is_home boolean not null default false
);

create table users (
  id text primary key,
  first_name text not null,
  last_name text not null,
  email text not null,
  type text not null check (type in ('user', 'guest', 'tax_advisor', 'integration')),
  space_id text not null references spaces(id)
);

create table tokens (
  token_sha256 text primary key,
  user_id text not null references users(id),
  integration_slug text not null,
  name text not null
);

create table clients (
  id text primary key,
  name text not null,
  shortcode text,
  segment text not null default 'B' check (segment in ('A', 'B', 'C')),
  primary_contact_id text references users(id),
  origin_space_id text references spaces(id),
  external_id text,
  external_origin text,
  created_at timestamptz(3) not null,
  updated_at timestamptz(3) not null,
  deleted_at timestamptz(3)
);

create table project_types (
  id text primary key,
  title text not null,
  shortcode text not null,
  color text not null,
  sort_order integer not null,
  is_default boolean not null default false
);

create table projects (
  id text primary key,
  client_id text not null references clients(id),
  project_type_id text references project_types(id),
  external_id text,
  external_origin text,
  title text not null,
  description text,
  shortcode text not null,
  po_number text,
  status text not null check (status in ('running', 'closed')),
  is_acquisition boolean not null default false,
  is_private boolean not null default false,
  start_date date,
  end_date date,
  created_at timestamptz(3) not null,
  updated_at timestamptz(3) not null
);

create table tasks (
  id text primary key,
  project_id text not null references projects(id),
  client_id text references clients(id),
  parent_task_id text references tasks(id),
  external_id text,
  external_origin text,
  uri text not null,
  title text not null,
  description text,
  status text not null check (status in ('Backlog', 'New', 'WIP', 'Completed', 'Approved', 'Closed')),
  type text not null default 'task',
  estimated_hours double precision,
  is_onhold boolean not null default false,
  is_public boolean not null default true,
  due_date date,
  assignee_id text references users(id),
  completed_at timestamptz(3),
  closed_at timestamptz(3),
  list_sorting double precision not null default 0,
  created_at timestamptz(3) not null,
  updated_at timestamptz(3) not null
);

create table comments (
  id text primary key,
  task_id text not null references tasks(id),
  parent_comment_id text references comments(id),
  author_id text not null references users(id),
  external_id text,
  external_origin text,
  body text,
  is_public boolean not null default true,
  created_at timestamptz(3) not null,
  updated_at timestamptz(3) not null
);

create table comment_files (
  id text primary key,
  comment_id text not null references comments(id),
  file_name text not null,
  mime_type text not null,
  size integer not null,
  created_at timestamptz(3) not null
);
`,
  },
  {
    version: 2,
    name: "secondary indexes",
    sql: SECONDARY_INDEXES.map(([, sql]) => `${sql};`).join("\n"),
  },
  {
    version: 3,
    name: "name and shortcode sort indexes in the sort collation",
    sql: `drop index if exists clients_name_idx;
drop index if exists clients_shortcode_idx;
${NAME_SORT_INDEX};
${SHORTCODE_SORT_INDEX};`,
  },
  {
    version: 4,
    name: "webhooks",
    sql: `
create table webhooks (
  id text primary key,
  owner_id text not null references users(id),
  url text not null,
  events text[] not null,
  project_id text references projects(id),
  client_id text references clients(id),
  is_active boolean not null default true,
  secret text not null,
  created_at timestamptz(3) not null,
  updated_at timestamptz(3) not null
);
create index webhooks_url_idx on webhooks (url, id);
create index webhooks_created_at_idx on webhooks (created_at, id);
create index webhooks_project_idx on webhooks (project_id);
`,
  },
  {
    version: 5,
    name: "comments listing sort and author indexes",
    sql: COMMENT_LIST_INDEXES.map(([, sql]) => `${sql};`).join("\n"),
  },
];

export const migrate = (db: Db): Promise<number[]> => runMigrations(db, MIGRATIONS);
