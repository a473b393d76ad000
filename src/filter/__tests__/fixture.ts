/**
 * The fixture of the filter test vectors (filter-examples.md), as plain data. Self-contained:
 * the emulator's tests may load it into a database and run `vectors.ts` over HTTP.
 */

export const FROZEN_NOW = "2025-03-12T10:00:00Z";
export const ME_ID = "u-alice";

export interface FixtureUser {
  id: string;
  first_name: string;
  last_name: string;
  type: "user" | "guest";
}
export const users: readonly FixtureUser[] = [
  { id: "u-alice", first_name: "Alice", last_name: "Adams", type: "user" },
  { id: "u-bob", first_name: "Bob", last_name: "Brown", type: "user" },
  { id: "u-gina", first_name: "Gina", last_name: "Guest", type: "guest" },
];

export interface FixtureSpace {
  id: string;
  /** `own` is the space of the authenticated user; `partner` shares a client in. */
  role: "own" | "partner";
}
export const spaces: readonly FixtureSpace[] = [
  { id: "s-home", role: "own" },
  { id: "s-partner", role: "partner" },
];

export interface FixtureClient {
  id: string;
  name: string;
  shortcode: string | null;
  segment: "A" | "B" | "C";
  primary_contact_id: string | null;
  origin_space_id: string | null;
  archived: boolean;
}
export const clients: readonly FixtureClient[] = [
  {
    id: "c1",
    name: "Acme Corp",
    shortcode: "ACME",
    segment: "A",
    primary_contact_id: "u-alice",
    origin_space_id: null,
    archived: false,
  },
  {
    id: "c2",
    name: "Acme Labs",
    shortcode: "ACL",
    segment: "B",
    primary_contact_id: "u-bob",
    origin_space_id: null,
    archived: false,
  },
  {
    id: "c3",
    name: "Globex",
    shortcode: "GLX",
    segment: "C",
    primary_contact_id: null,
    origin_space_id: "s-partner",
    archived: false,
  },
  {
    id: "c4",
    name: "Initech",
    shortcode: null,
    segment: "B",
    primary_contact_id: "u-alice",
    origin_space_id: null,
    archived: false,
  },
  {
    id: "c5",
    name: "Umbrella Corp",
    shortcode: "UMB",
    segment: "A",
    primary_contact_id: "u-bob",
    origin_space_id: null,
    archived: true,
  },
  {
    id: "c6",
    name: "O'Brien & Sons",
    shortcode: "OBS",
    segment: "B",
    primary_contact_id: null,
    origin_space_id: null,
    archived: false,
  },
];

export interface FixtureProject {
  id: string;
  client_id: string;
  shortcode: string;
  /** Exposed as `name` by the clients `projects` relation. */
  title: string;
  status: "running" | "closed";
  is_acquisition: boolean;
  created_at: string;
  start_date: string | null;
}
export const projects: readonly FixtureProject[] = [
  {
    id: "p1",
    client_id: "c1",
    shortcode: "ACME-1",
    title: "Website",
    status: "running",
    is_acquisition: false,
    created_at: "2025-03-12T08:00:00Z",
    start_date: "2025-03-01",
  },
  {
    id: "p2",
    client_id: "c1",
    shortcode: "ACME-2",
    title: "Retainer",
    status: "closed",
    is_acquisition: false,
    created_at: "2024-12-01T09:00:00Z",
    start_date: "2024-01-01",
  },
  {
    id: "p3",
    client_id: "c2",
    shortcode: "ACL-1",
    title: "Pitch",
    status: "running",
    is_acquisition: true,
    created_at: "2025-03-12T12:00:00Z",
    start_date: null,
  },
  {
    id: "p4",
    client_id: "c4",
    shortcode: "INI-1",
    title: "Migration",
    status: "running",
    is_acquisition: false,
    created_at: "2025-02-15T10:00:00Z",
    start_date: "2025-02-15",
  },
  {
    id: "p5",
    client_id: "c4",
    shortcode: "INI-2",
    title: "Support",
    status: "running",
    is_acquisition: false,
    created_at: "2025-01-10T10:00:00Z",
    start_date: "2025-01-10",
  },
  {
    id: "p6",
    client_id: "c5",
    shortcode: "UMB-1",
    title: "Audit",
    status: "closed",
    is_acquisition: false,
    created_at: "2024-06-01T10:00:00Z",
    start_date: "2024-06-01",
  },
];

export interface FixtureTask {
  id: string;
  title: string;
  client_id: string;
  project_id: string;
  status: "Backlog" | "New" | "WIP" | "Completed" | "Approved" | "Closed";
  due_date: string | null;
  assignee_id: string | null;
}
export const tasks: readonly FixtureTask[] = [
  {
    id: "t1",
    title: "Homepage redesign",
    client_id: "c1",
    project_id: "p1",
    status: "WIP",
    due_date: "2025-03-12",
    assignee_id: "u-alice",
  },
  {
    id: "t2",
    title: "Fix login bug",
    client_id: "c1",
    project_id: "p1",
    status: "Backlog",
    due_date: "2025-03-10",
    assignee_id: "u-bob",
  },
  {
    id: "t3",
    title: "Pitch deck",
    client_id: "c2",
    project_id: "p3",
    status: "Completed",
    due_date: "2025-02-20",
    assignee_id: "u-alice",
  },
  {
    id: "t4",
    title: "DB migration",
    client_id: "c4",
    project_id: "p4",
    status: "New",
    due_date: "2025-03-31",
    assignee_id: null,
  },
  {
    id: "t5",
    title: "Quarterly report",
    client_id: "c4",
    project_id: "p5",
    status: "Closed",
    due_date: null,
    assignee_id: "u-bob",
  },
  {
    id: "t6",
    title: "Kickoff call",
    client_id: "c2",
    project_id: "p3",
    status: "New",
    due_date: "2025-03-17",
    assignee_id: "u-alice",
  },
];
