import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MessageBody } from "../../src/kanbert/schemas.ts";
import { TaskPage } from "../../src/kanbert/tasks.ts";
import { XSS_CLIENT } from "../db/seed-xss.ts";
import { api, type Emulator, startEmulator } from "./harness.ts";

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ clients: 100 });
});
afterAll(async () => {
  await emu.db.close();
});

const list = async (query: Record<string, string | number>) => {
  const res = await emu.get(api("/tasks", query));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return TaskPage.parse(res.body);
};

/** Every task the filter matches, following `next_cursor`. */
async function walk(query: Record<string, string | number>) {
  const all = [];
  let cursor: string | null = null;
  do {
    const page = await list({ ...query, "page[size]": 100, ...(cursor ? { "page[cursor]": cursor } : {}) });
    all.push(...page.data);
    cursor = page.meta.next_cursor;
  } while (cursor);
  return all;
}

async function countWhere(where: string, params: unknown[] = []): Promise<number> {
  const { rows } = await emu.db.query(`select count(*)::int as n from tasks where ${where}`, params);
  return Number(rows[0]?.n);
}

describe("GET /tasks", () => {
  it("answers TaskData pages (assignee as UserData or null), 30 by default", async () => {
    const page = await list({});
    expect(page.data).toHaveLength(30);
    expect(page.data.some((task) => task.assignee !== null)).toBe(true);
    expect(page.data.some((task) => task.assignee === null)).toBe(true);
    expect(page.data[0]?.project).toBeUndefined();
  });

  it("filters by client.id and project.id", async () => {
    const tasks = await walk({ filter: `client.id eq "${XSS_CLIENT.id}"` });
    expect(tasks.map((t) => t.title).sort()).toEqual(["Check link handling", "Review hostile markup"]);
    const projectId = tasks[0]?.project_id ?? "";
    const inProject = await walk({ filter: `project.id eq "${projectId}"` });
    expect(inProject).toHaveLength(await countWhere("project_id = $1", [projectId]));
  });

  it("filters by status and title", async () => {
    const open = await walk({ filter: 'status in ["New", "WIP"]' });
    expect(open.length).toBe(await countWhere("status in ('New', 'WIP')"));
    expect(open.every((t) => t.status === "New" || t.status === "WIP")).toBe(true);
    const invoices = await walk({ filter: 'title contains "INVOICE"' });
    expect(invoices.length).toBeGreaterThan(0);
    expect(invoices.length).toBe(await countWhere("lower(title) like '%invoice%'"));
  });

  it("resolves date macros on due_date against the app's clock (2026-11-20)", async () => {
    const overdue = await walk({ filter: "due_date lt today-30d" });
    expect(overdue.length).toBe(await countWhere("due_date < '2026-10-21'"));
    expect(overdue.every((t) => (t.due_date ?? "") < "2026-10-21")).toBe(true);
    const thisMonth = await walk({ filter: "due_date gte som and due_date lte eom" });
    expect(thisMonth.length).toBe(await countWhere("due_date between '2026-11-01' and '2026-11-30'"));
    const today = await walk({ filter: "due_date eq today" });
    expect(today.length).toBe(await countWhere("due_date = '2026-11-20'"));
    const none = await walk({ filter: "due_date isnull" });
    expect(none.length).toBe(await countWhere("due_date is null"));
  });

  it("takes a due date of the first century as written, and refuses year 0 with a 400", async () => {
    const after = await walk({ filter: 'due_date gt "0050-03-12"' });
    expect(after.length).toBe(await countWhere("due_date > '0050-03-12'"));
    expect(after.length).toBeGreaterThan(0);
    expect(await walk({ filter: 'due_date lt "0099-12-31"' })).toEqual([]);
    const yearZero = await emu.get(api("/tasks", { filter: 'due_date lt "0000-01-01"' }));
    expect(yearZero.status).toBe(400);
    expect(MessageBody.parse(yearZero.body).message).toContain("needs a date");
  });

  it("sorts by -due_date (nulls first) and walks title pages without gaps", async () => {
    const byDue = await walk({ sort: "-due_date" });
    const dues = byDue.map((t) => t.due_date);
    const firstDated = dues.findIndex((d) => d !== null);
    expect(dues.slice(0, firstDated).every((d) => d === null)).toBe(true);
    const dated = dues.slice(firstDated).map((d) => d ?? "");
    expect(dated).toEqual([...dated].sort().reverse());
    const byTitle = await walk({ sort: "title,-created_at" });
    expect(byTitle.length).toBe(await countWhere("true"));
    expect(new Set(byTitle.map((t) => t.id)).size).toBe(byTitle.length);
  });

  it("includes project, client, parent_task, sub_tasks and watchers on request", async () => {
    const page = await list({
      filter: `client.id eq "${XSS_CLIENT.id}"`,
      include: "project,client,parent_task,sub_tasks,watchers",
    });
    const task = page.data[0];
    expect(task?.project?.shortcode).toBe("XSSLAB-1");
    expect(task?.client?.name).toBe(XSS_CLIENT.name);
    const res = await emu.get(api("/tasks", { include: "parent_task,sub_tasks,watchers", "page[size]": 1 }));
    expect(res.body).toMatchObject({ data: [{ parent_task: null, sub_tasks: [], watchers: [] }] });
  });

  it("rejects unknown fields, operators, sorts and includes with 400", async () => {
    const queries: Record<string, string>[] = [
      { filter: 'owner eq "x"' },
      { filter: 'status contains "W"' },
      { sort: "priority" },
      { include: "comments" },
    ];
    for (const query of queries) {
      const res = await emu.get(api("/tasks", query));
      expect(res.status).toBe(400);
      expect(MessageBody.parse(res.body).message).not.toBe("");
    }
  });
});
