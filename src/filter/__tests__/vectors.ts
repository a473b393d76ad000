/**
 * The test vectors of filter-examples.md as data. Every DSL spelling of a vector must parse to
 * the same AST as every JSON form, and return `expect` (ids, compared as sets) against the
 * fixture — or be rejected with 400 when `expect` is 400. Vectors whose doc entry lists
 * spellings with different results are split (A8 → A8a, A8b).
 */

export type Endpoint = "clients/full" | "clients" | "tasks" | "projects";

export interface Vector {
  id: string;
  endpoint: Endpoint;
  /** DSL spellings, all equivalent. */
  dsl: readonly string[];
  /** JSON forms (as values, not text), all equivalent to the DSL. */
  json?: readonly unknown[];
  /** Form-encoded query pairs, equivalent to the DSL. */
  form?: readonly (readonly [string, string])[];
  expect: readonly string[] | 400;
}

const c = (field: string, op: string, value?: unknown) =>
  value === undefined ? { field, op } : { field, op, value };

export const vectors: readonly Vector[] = [
  {
    id: "A1",
    endpoint: "clients/full",
    dsl: ['name eq "Acme Corp"'],
    json: [[c("name", "eq", "Acme Corp")]],
    expect: ["c1"],
  },
  {
    id: "A2",
    endpoint: "clients/full",
    dsl: ["name = 'Acme Corp'"],
    json: [[c("name", "eq", "Acme Corp")]],
    expect: ["c1"],
  },
  {
    id: "A3",
    endpoint: "clients/full",
    dsl: ["name ne 'Acme Corp'", "name neq 'Acme Corp'", "name != 'Acme Corp'"],
    json: [[c("name", "ne", "Acme Corp")], [c("name", "neq", "Acme Corp")]],
    expect: ["c2", "c3", "c4", "c6"],
  },
  {
    id: "A4",
    endpoint: "clients/full",
    dsl: ["name contains 'acme'"],
    json: [[c("name", "contains", "acme")]],
    expect: ["c1", "c2"],
  },
  {
    id: "A5",
    endpoint: "clients/full",
    dsl: ['name CONTAINS "Labs"'],
    json: [[c("name", "CONTAINS", "Labs")]],
    expect: ["c2"],
  },
  {
    id: "A6",
    endpoint: "clients/full",
    dsl: ["name StartsWith 'Acme'"],
    json: [[c("name", "startswith", "Acme")]],
    expect: ["c1", "c2"],
  },
  {
    id: "A7",
    endpoint: "clients/full",
    dsl: ["name endswith 'Corp'"],
    json: [[c("name", "endswith", "Corp")]],
    expect: ["c1"],
  },
  {
    id: "A8a",
    endpoint: "clients/full",
    dsl: ["name like 'Acme%'"],
    json: [[c("name", "like", "Acme%")]],
    expect: ["c1", "c2"],
  },
  { id: "A8b", endpoint: "clients/full", dsl: ["name like 'G_obex'"], expect: ["c3"] },
  {
    id: "A9",
    endpoint: "clients/full",
    dsl: ["shortcode in ['ACME','GLX','NOPE']"],
    json: [[c("shortcode", "in", ["ACME", "GLX", "NOPE"])]],
    expect: ["c1", "c3"],
  },
  {
    id: "A10",
    endpoint: "clients/full",
    dsl: ["shortcode nin ['ACME','GLX']"],
    json: [[c("shortcode", "nin", ["ACME", "GLX"])]],
    expect: ["c2", "c6"],
  },
  {
    id: "A11",
    endpoint: "clients/full",
    dsl: ["shortcode notin ['ACME']"],
    json: [[c("shortcode", "notin", ["ACME"])]],
    expect: ["c2", "c3", "c6"],
  },
  {
    id: "A12",
    endpoint: "clients/full",
    dsl: ["shortcode is null", "shortcode isnull"],
    json: [[c("shortcode", "isnull")]],
    expect: ["c4"],
  },
  {
    id: "A13",
    endpoint: "clients/full",
    dsl: ["shortcode isnotnull", "shortcode notnull", "shortcode is not null"],
    json: [[c("shortcode", "isnotnull")], [c("shortcode", "notnull")]],
    expect: ["c1", "c2", "c3", "c6"],
  },
  {
    id: "A14",
    endpoint: "clients/full",
    dsl: ["segment eq 'A'"],
    json: [[c("segment", "eq", "A")]],
    expect: ["c1"],
  },
  {
    id: "A15a",
    endpoint: "clients/full",
    dsl: ["segment in ['A','C']"],
    json: [[c("segment", "in", ["A", "C"])]],
    expect: ["c1", "c3"],
  },
  { id: "A15b", endpoint: "clients/full", dsl: ["segment ne 'B'"], expect: ["c1", "c3"] },
  {
    id: "A16",
    endpoint: "clients/full",
    dsl: ["primary_contact.id eq me.id"],
    json: [[c("primary_contact.id", "eq", "me.id")]],
    expect: ["c1", "c4"],
  },
  {
    id: "A17",
    endpoint: "clients/full",
    dsl: ["primary_contact.id in ['u-alice','u-bob']"],
    json: [[c("primary_contact.id", "in", ["u-alice", "u-bob"])]],
    expect: ["c1", "c2", "c4"],
  },
  {
    id: "A18",
    endpoint: "clients/full",
    dsl: ["primary_contact.id isnull"],
    json: [[c("primary_contact.id", "isnull")]],
    expect: ["c3", "c6"],
  },
  {
    id: "A19a",
    endpoint: "clients/full",
    dsl: ["origin_space.id isnotnull"],
    json: [[c("origin_space.id", "isnotnull")]],
    expect: ["c3"],
  },
  { id: "A19b", endpoint: "clients/full", dsl: ["origin_space.id eq 's-partner'"], expect: ["c3"] },
  {
    id: "A20a",
    endpoint: "clients/full",
    dsl: ["archived eq 'only'"],
    json: [[c("archived", "eq", "only")]],
    expect: ["c5"],
  },
  {
    id: "A20b",
    endpoint: "clients/full",
    dsl: ["archived eq 'with'"],
    expect: ["c1", "c2", "c3", "c4", "c5", "c6"],
  },
  {
    id: "A20c",
    endpoint: "clients/full",
    dsl: ["archived eq 'without'"],
    expect: ["c1", "c2", "c3", "c4", "c6"],
  },
  {
    id: "A21",
    endpoint: "clients/full",
    dsl: ["archived eq 'with' and segment eq 'A'"],
    json: [[c("archived", "eq", "with"), c("segment", "eq", "A")]],
    expect: ["c1", "c5"],
  },
  {
    id: "A22",
    endpoint: "clients/full",
    dsl: ["segment eq 'B' and primary_contact.id isnull"],
    json: [[c("segment", "eq", "B"), c("primary_contact.id", "isnull")]],
    form: [
      ["filter[0][field]", "segment"],
      ["filter[0][op]", "eq"],
      ["filter[0][value]", "B"],
      ["filter[1][field]", "primary_contact.id"],
      ["filter[1][op]", "isnull"],
    ],
    expect: ["c6"],
  },
  {
    id: "A23",
    endpoint: "clients/full",
    dsl: ["segment eq 'A' or segment eq 'C' and primary_contact.id isnull"],
    json: [
      {
        or: [c("segment", "eq", "A"), { and: [c("segment", "eq", "C"), c("primary_contact.id", "isnull")] }],
      },
    ],
    expect: ["c1", "c3"],
  },
  {
    id: "A24",
    endpoint: "clients/full",
    dsl: ["(segment eq 'A' or segment eq 'B') and primary_contact.id isnull"],
    json: [
      {
        and: [{ or: [c("segment", "eq", "A"), c("segment", "eq", "B")] }, c("primary_contact.id", "isnull")],
      },
    ],
    expect: ["c6"],
  },
  {
    id: "A25",
    endpoint: "clients/full",
    dsl: ["projects any (status eq 'running')"],
    json: [[c("projects", "any", [c("status", "eq", "running")])]],
    expect: ["c1", "c2", "c4"],
  },
  {
    id: "A26",
    endpoint: "clients/full",
    dsl: ["projects none (status eq 'closed')"],
    json: [[c("projects", "none", [c("status", "eq", "closed")])]],
    expect: ["c2", "c3", "c4", "c6"],
  },
  {
    id: "A27",
    endpoint: "clients/full",
    dsl: ["projects all (is_acquisition eq false)"],
    json: [[c("projects", "all", [c("is_acquisition", "eq", false)])]],
    expect: ["c1", "c3", "c4", "c6"],
  },
  {
    id: "A28",
    endpoint: "clients/full",
    dsl: ["projects any and projects all (is_acquisition eq false)"],
    json: [[c("projects", "any"), c("projects", "all", [c("is_acquisition", "eq", false)])]],
    expect: ["c1", "c4"],
  },
  {
    id: "A29a",
    endpoint: "clients/full",
    dsl: ["projects.count >= 2"],
    json: [[c("projects.count", "gte", 2)]],
    expect: ["c1", "c4"],
  },
  { id: "A29b", endpoint: "clients/full", dsl: ["projects.count eq 0"], expect: ["c3", "c6"] },
  {
    id: "A30",
    endpoint: "clients/full",
    dsl: ["projects any (shortcode startswith 'INI' and status = 'running')"],
    json: [
      [c("projects", "any", { and: [c("shortcode", "startswith", "INI"), c("status", "eq", "running")] })],
    ],
    expect: ["c4"],
  },
  {
    id: "A31",
    endpoint: "clients/full",
    dsl: ["projects any (name eq 'Pitch')"],
    json: [[c("projects", "any", [c("name", "eq", "Pitch")])]],
    expect: ["c2"],
  },
  {
    id: "A32",
    endpoint: "clients/full",
    dsl: [`name eq "O'Brien & Sons"`, String.raw`name eq 'O\'Brien & Sons'`],
    json: [[c("name", "eq", "O'Brien & Sons")]],
    expect: ["c6"],
  },
  {
    id: "A34",
    endpoint: "clients/full",
    dsl: ["segment eq 'C' and primary_contact.id eq me.id"],
    json: [[c("segment", "eq", "C"), c("primary_contact.id", "eq", "me.id")]],
    expect: [],
  },
  {
    id: "B1",
    endpoint: "clients",
    dsl: ["name startswith 'Acme' and origin_space.id isnull"],
    json: [[c("name", "startswith", "Acme"), c("origin_space.id", "isnull")]],
    expect: ["c1", "c2"],
  },
  { id: "B2a", endpoint: "clients", dsl: ["segment eq 'A'"], expect: 400 },
  { id: "B2b", endpoint: "clients", dsl: ["archived eq 'only'"], expect: 400 },
  { id: "B3", endpoint: "clients", dsl: ["primary_contact_id eq me.id"], expect: 400 },
  { id: "C1", endpoint: "clients/full", dsl: ["title contains 'Acme'"], expect: 400 },
  { id: "C2", endpoint: "clients/full", dsl: ["segment contains 'A'"], expect: 400 },
  { id: "C3", endpoint: "clients/full", dsl: ["archived ne 'only'"], expect: 400 },
  { id: "C4", endpoint: "clients/full", dsl: ["archived eq 'maybe'"], expect: 400 },
  { id: "C5", endpoint: "clients/full", dsl: ["name eq 'Acme' and (segment eq 'A'"], expect: 400 },
  { id: "C6", endpoint: "clients/full", dsl: ["name eq me.id"], expect: 400 },
  { id: "C7", endpoint: "clients/full", dsl: ["shortcode in 'ACME'"], expect: 400 },
  { id: "C8", endpoint: "clients/full", dsl: ["projects.count >= 'two'"], expect: 400 },
  {
    id: "D1",
    endpoint: "tasks",
    dsl: ["assignee.id eq me.id"],
    json: [[c("assignee.id", "eq", "me.id")]],
    expect: ["t1", "t3", "t6"],
  },
  { id: "D2", endpoint: "tasks", dsl: ["assignee.id isnull"], expect: ["t4"] },
  {
    id: "D3",
    endpoint: "tasks",
    dsl: ["client.id eq 'c1'"],
    json: [[c("client.id", "eq", "c1")]],
    expect: ["t1", "t2"],
  },
  { id: "D4", endpoint: "tasks", dsl: ["client.id in ['c1','c2']"], expect: ["t1", "t2", "t3", "t6"] },
  {
    id: "D5",
    endpoint: "tasks",
    dsl: ["client.shortcode eq 'ACME' or client.name startswith 'Init'"],
    json: [{ or: [c("client.shortcode", "eq", "ACME"), c("client.name", "startswith", "Init")] }],
    expect: ["t1", "t2", "t4", "t5"],
  },
  { id: "D6a", endpoint: "tasks", dsl: ["status in ['New','WIP']"], expect: ["t1", "t4", "t6"] },
  {
    id: "D6b",
    endpoint: "tasks",
    dsl: ["status nin ['Completed','Closed']"],
    expect: ["t1", "t2", "t4", "t6"],
  },
  {
    id: "D7",
    endpoint: "tasks",
    dsl: ["due_date eq today"],
    json: [[c("due_date", "eq", "today")]],
    expect: ["t1"],
  },
  { id: "D8", endpoint: "tasks", dsl: ["due_date lt today"], expect: ["t2", "t3"] },
  {
    id: "D9",
    endpoint: "tasks",
    dsl: ["due_date gte sow and due_date lte eow"],
    json: [[c("due_date", "gte", "sow"), c("due_date", "lte", "eow")]],
    expect: ["t1", "t2"],
  },
  {
    id: "D10",
    endpoint: "tasks",
    dsl: ["due_date gt som and due_date le eom"],
    json: [[c("due_date", "gt", "som"), c("due_date", "le", "eom")]],
    expect: ["t1", "t2", "t4", "t6"],
  },
  { id: "D11a", endpoint: "tasks", dsl: ["due_date lte today+5d"], expect: ["t1", "t2", "t3", "t6"] },
  { id: "D11b", endpoint: "tasks", dsl: ["due_date ge today-30d"], expect: ["t1", "t2", "t3", "t4", "t6"] },
  { id: "D12", endpoint: "tasks", dsl: ["due_date isnull"], expect: ["t5"] },
  {
    id: "D13",
    endpoint: "tasks",
    dsl: ["title contains 'bug' or (status eq 'New' and assignee.id eq me.id)"],
    json: [
      {
        or: [
          c("title", "contains", "bug"),
          { and: [c("status", "eq", "New"), c("assignee.id", "eq", "me.id")] },
        ],
      },
    ],
    expect: ["t2", "t6"],
  },
  { id: "D14", endpoint: "tasks", dsl: ["project.status eq 'closed'"], expect: [] },
  { id: "D15", endpoint: "tasks", dsl: ["status contains 'W'"], expect: 400 },
  { id: "DN", endpoint: "tasks", dsl: ["due_date lt now"], expect: ["t2", "t3"] },
  {
    id: "E1",
    endpoint: "projects",
    dsl: ["created_at lt now"],
    json: [[c("created_at", "lt", "now")]],
    expect: ["p1", "p2", "p4", "p5", "p6"],
  },
  { id: "E2", endpoint: "projects", dsl: ["created_at eq today"], expect: ["p1", "p3"] },
  { id: "E3a", endpoint: "projects", dsl: ["created_at gte sow"], expect: ["p1", "p3"] },
  { id: "E3b", endpoint: "projects", dsl: ["created_at ge som and created_at lt now"], expect: ["p1"] },
  {
    id: "E4",
    endpoint: "projects",
    dsl: ["is_acquisition eq true"],
    json: [[c("is_acquisition", "eq", true)]],
    expect: ["p3"],
  },
  { id: "E5", endpoint: "projects", dsl: ["start_date isnull"], expect: ["p3"] },
  {
    id: "E6",
    endpoint: "projects",
    dsl: ["client.primary_contact_id eq me.id"],
    expect: ["p1", "p2", "p4", "p5"],
  },
];
