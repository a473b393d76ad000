import type { Db } from "../../backend/db/db.ts";
import { type Migration, runMigrations } from "../../backend/db/migrate.ts";

/**
 * The mirror's database. `spaces`, `users`, `tasks`, `comments` and `comment_files` have the
 * emulator's columns, so backend/model's listing runs on them unchanged; there are no foreign keys
 * (deliveries arrive in any order: a reply before its parent). `mirror_rank` orders two states with
 * the same `updated_at` (an update beats its create). Tombstones keep deleted ids, so a late create
 * or update of a deleted comment leaves nothing behind.
 */
const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "comments mirror",
    sql: `
create table spaces (id text primary key, name text not null, is_home boolean not null default false);
create table users (
  id text primary key,
  first_name text not null,
  last_name text not null,
  email text not null,
  type text not null,
  space_id text not null
);
create table tasks (
  id text primary key,
  project_id text not null,
  client_id text,
  parent_task_id text,
  external_id text,
  external_origin text,
  uri text not null,
  title text not null,
  description text,
  status text not null,
  type text not null,
  estimated_hours double precision,
  is_onhold boolean not null default false,
  is_public boolean not null default true,
  due_date date,
  assignee_id text,
  completed_at timestamptz(3),
  closed_at timestamptz(3),
  list_sorting double precision not null default 0,
  created_at timestamptz(3) not null,
  updated_at timestamptz(3) not null
);
create table comments (
  id text primary key,
  task_id text not null,
  parent_comment_id text,
  author_id text not null,
  external_id text,
  external_origin text,
  body text,
  is_public boolean not null default true,
  created_at timestamptz(3) not null,
  updated_at timestamptz(3) not null,
  mirror_rank smallint not null default 0
);
create index comments_task_idx on comments (task_id, created_at, id);
create index comments_parent_idx on comments (parent_comment_id);
create index comments_created_at_idx on comments (created_at, id);
create index comments_updated_at_idx on comments (updated_at, id);
create index comments_author_idx on comments (author_id);
create index tasks_client_idx on tasks (client_id);
create table comment_files (
  id text primary key,
  comment_id text not null,
  file_name text not null,
  mime_type text not null,
  size integer not null,
  created_at timestamptz(3) not null
);
create index comment_files_comment_idx on comment_files (comment_id);
create table mirror_tombstones (id text primary key, deleted_at timestamptz(3) not null);
create table mirror_secrets (
  id text primary key,
  project_id text,
  secret text not null,
  source text not null check (source in ('subscribe', 'manual')),
  created_at timestamptz(3) not null default now()
);
create table mirror_meta (key text primary key, value text not null);
insert into mirror_meta (key, value)
  values ('listening_since', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'));
`,
  },
];

export const migrateMirror = (db: Db): Promise<number[]> => runMigrations(db, MIGRATIONS);
