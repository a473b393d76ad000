import type { Prng } from "./prng.ts";

/** The types the seed files share, so that none of them imports another. */

export interface SpaceRow {
  id: string;
  name: string;
  is_home: boolean;
}

export interface UserRow {
  id: string;
  first_name: string;
  last_name: string;
  email: string;
  type: "user" | "guest" | "tax_advisor" | "integration";
  space_id: string;
}

export interface ProjectTypeRow {
  id: string;
  title: string;
  shortcode: string;
  color: string;
  sort_order: number;
  is_default: boolean;
}

export interface SeedWorld {
  rng: Prng;
  anchor: number;
  spaces: readonly SpaceRow[];
  /** Home-space users of type `user`: account managers and assignees. */
  staff: readonly UserRow[];
  /** Users per partner space, for shared clients. */
  partnerStaff: ReadonlyMap<string, readonly UserRow[]>;
  /** Everybody who may write comments. */
  authors: readonly UserRow[];
  projectTypes: readonly ProjectTypeRow[];
  shortcodeCounters: Map<string, number>;
}

/** Rows waiting for one bulk insert, keyed like the tables. */
export interface Batch {
  clients: Record<string, unknown>[];
  projects: Record<string, unknown>[];
  tasks: Record<string, unknown>[];
  comments: Record<string, unknown>[];
  comment_files: Record<string, unknown>[];
}

export const emptyBatch = (): Batch => ({
  clients: [],
  projects: [],
  tasks: [],
  comments: [],
  comment_files: [],
});

/** A client just added, for its projects, tasks and comments. */
export interface ClientRef {
  id: string;
  code: string;
  created: number;
  withComments: boolean;
}

export interface SeedCounts {
  users: number;
  clients: number;
  projects: number;
  tasks: number;
  comments: number;
  files: number;
}
