import type { Locator, Page } from "@playwright/test";
import { CommentPage } from "../src/kanbert/comments.ts";
import { ClientData } from "../src/kanbert/schemas.ts";
import { UserPage } from "../src/kanbert/users.ts";
import { apiPostComment } from "./comments-api.ts";
import { api, expect, test } from "./fixtures.ts";
import { allThreadIds, apiThreads, feed, openFilterPanel, openInbox, quietTask } from "./inbox-helpers.ts";

/** The inbox's visual builder, text editor and saved views (issue 16): the clients table's, over comments. */

const row = (panel: Locator, path: string) =>
  panel.getByRole("group", { name: `Condition ${path}`, exact: true });

const filterOf = (page: Page) => new URL(page.url()).searchParams.get("filter");

/** A quiet client with two internal threads and one public one of this run. */
async function seededClient(offset: number) {
  const { taskId, clientId } = await quietTask(offset);
  const stamp = Date.now();
  const made = [];
  for (const isPublic of [false, true, false])
    made.push(
      await apiPostComment({ task_id: taskId, comment: `<p>Seen ${stamp}</p>`, is_public: isPublic }),
    );
  const name = (await api(`/clients/${clientId}`, ClientData)).name;
  return { name, internal: [made[0]?.id, made[2]?.id], publicId: made[1]?.id };
}

test("a condition built in the builder on /comments applies, and the rows are the API's", async ({
  page,
}) => {
  const { name, internal, publicId } = await seededClient(13);
  const expectedFilter = `task.client.name contains "${name}" and is_public eq false`;
  const expected = (await apiThreads(expectedFilter)).map((t) => t.id);
  expect(expected).toEqual(expect.arrayContaining(internal));
  expect(expected).not.toContain(publicId);

  await openInbox(page);
  const panel = await openFilterPanel(page);
  await panel.getByRole("button", { name: "Add condition", exact: true }).click();
  await row(panel, "1").getByLabel("Field").selectOption({ label: "Client name" });
  await row(panel, "1").getByLabel("Operator").selectOption({ label: "contains" });
  await row(panel, "1").getByLabel("Value").fill(name);
  await panel.getByRole("button", { name: "Add condition", exact: true }).click();
  await row(panel, "2").getByLabel("Field").selectOption({ label: "Public" });
  await row(panel, "2").getByLabel("Value").selectOption({ label: "No" });
  await panel.getByRole("tab", { name: "Text" }).click();
  await expect(panel.getByLabel("Filter text")).toHaveValue(expectedFilter);
  await panel.getByRole("button", { name: "Apply" }).click();

  await expect.poll(() => filterOf(page)).toBe(expectedFilter);
  await expect(page.getByRole("list", { name: "Applied filters" }).getByRole("listitem")).toHaveCount(2);
  await expect(feed(page).locator(`#comment-${internal[0]}`)).toBeVisible();
  expect((await allThreadIds(page)).sort()).toEqual([...expected].sort());
});

test("a saved view of the inbox survives a reload and applies; the clients' saved views stay theirs", async ({
  page,
}) => {
  const { name, internal } = await seededClient(15);
  // A view saved on /clients before views were kept per page.
  await page.goto("/clients");
  await page.evaluate(() =>
    localStorage.setItem(
      "kanbert.savedViews.v1",
      JSON.stringify({
        version: 1,
        views: [
          { id: "old-1", name: "Segment A clients", filter: 'segment eq "A"', sort: "name", columns: [] },
        ],
      }),
    ),
  );

  const typed = `task.client.name contains "${name}"`;
  await openInbox(page, `?visibility=internal&filter=${encodeURIComponent(typed)}`);
  await page.getByRole("button", { name: "Views", exact: true }).click();
  await expect(page.getByRole("menuitem", { name: "Segment A clients" })).toHaveCount(0);
  await page.getByRole("menuitem", { name: "Save current view…" }).click();
  const dialog = page.getByRole("dialog", { name: "Save current view" });
  await dialog.getByLabel("Name").fill("Internal notes of one client");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();

  await openInbox(page);
  await page.reload();
  await expect(page.getByRole("list", { name: "Applied filters" })).toBeHidden();
  await page.getByRole("button", { name: "Views", exact: true }).click();
  await page.getByRole("menuitem", { name: "Internal notes of one client" }).click();
  await page.getByRole("menuitem", { name: "Apply" }).click();
  const expectedFilter = `is_public eq false and task.client.name contains "${name}"`;
  await expect.poll(() => filterOf(page)).toBe(expectedFilter);
  await expect(page.getByRole("status", { name: "Saved view in use" })).toHaveText(
    "View “Internal notes of one client”",
  );
  const expected = (await apiThreads(expectedFilter)).map((t) => t.id);
  expect(expected).toEqual(expect.arrayContaining(internal));
  await expect(feed(page).locator(`#comment-${internal[0]}`)).toBeVisible();
  expect((await allThreadIds(page)).sort()).toEqual([...expected].sort());

  await page.goto("/clients");
  await page.getByRole("button", { name: "Views", exact: true }).click();
  await expect(page.getByRole("menuitem", { name: "Segment A clients" })).toBeVisible();
  await expect(page.getByRole("menuitem", { name: "Internal notes of one client" })).toHaveCount(0);
});

test("the client quick filter: pick a client by shortcode, only its threads; Any client clears it", async ({
  page,
}) => {
  const { taskId, clientId } = await quietTask(17);
  const root = await apiPostComment({ task_id: taskId, comment: `<p>For one client ${Date.now()}</p>` });
  const client = await api(`/clients/${clientId}`, ClientData);
  if (!client.shortcode) throw new Error("the seeded client has no shortcode");
  const expected = (await apiThreads(`task.client_id eq "${clientId}"`)).map((t) => t.id);
  expect(expected).toContain(root.id);

  await openInbox(page);
  const picker = page.getByRole("combobox", { name: "Client" });
  await picker.fill(client.shortcode);
  const options = page.getByRole("listbox", { name: "Matching clients" }).getByRole("option");
  await options.filter({ has: page.getByText(client.shortcode, { exact: true }) }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get("client")).toBe(clientId);
  await expect(picker).toHaveValue(client.name);
  await expect(feed(page).locator(`#comment-${root.id}`)).toBeVisible();
  expect((await allThreadIds(page)).sort()).toEqual([...expected].sort());

  await page.reload();
  await expect(picker).toHaveValue(client.name);
  await page.getByRole("button", { name: /^Any client/ }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get("client")).toBeNull();
  await expect(picker).toHaveValue("");
});

/** A seeded client with threads older than a week (the seed's), and one public thread of this run on it. */
async function clientWithOldThreads() {
  const oldQuery = new URLSearchParams({
    filter: "created_at lt today-7d",
    sort: "-created_at",
    include: "task.client",
    "page[size]": "1",
  });
  const task = (await api(`/tasks/comments?${oldQuery}`, CommentPage)).data[0]?.task;
  const name = task?.client?.name;
  if (!task || !name) throw new Error("the seed has no comment older than a week on a client's task");
  const made = await apiPostComment({
    task_id: task.id,
    comment: `<p>Fresh ${Date.now()}</p>`,
    is_public: true,
  });
  return { name, fresh: [made.id], publicId: made.id };
}

test("a date macro built in the builder: Created before 7 days ago leaves out today's threads, on or after keeps them", async ({
  page,
}) => {
  const { name, fresh, publicId } = await clientWithOldThreads();
  const before = `task.client.name contains "${name}" and created_at lt today-7d`;
  const since = `task.client.name contains "${name}" and created_at gte today-7d`;
  const apiBefore = (await apiThreads(before)).map((t) => t.id);
  const apiSince = (await apiThreads(since)).map((t) => t.id);
  expect(apiBefore.length).toBeGreaterThan(0);
  for (const id of fresh) {
    expect(apiBefore).not.toContain(id);
    expect(apiSince).toContain(id);
  }

  await openInbox(page);
  const panel = await openFilterPanel(page);
  await panel.getByRole("button", { name: "Add condition", exact: true }).click();
  await row(panel, "1").getByLabel("Field").selectOption({ label: "Client name" });
  await row(panel, "1").getByLabel("Operator").selectOption({ label: "contains" });
  await row(panel, "1").getByLabel("Value").fill(name);
  await panel.getByRole("button", { name: "Add condition", exact: true }).click();
  await row(panel, "2").getByLabel("Field").selectOption({ label: "Created" });
  await row(panel, "2").getByLabel("Operator").selectOption({ label: "is before" });
  await row(panel, "2")
    .getByRole("combobox", { name: "Value: kind of date" })
    .selectOption({ label: "Days ago…" });
  await row(panel, "2").getByRole("spinbutton", { name: "Number of days ago" }).fill("7");
  await panel.getByRole("tab", { name: "Text" }).click();
  await expect(panel.getByLabel("Filter text")).toHaveValue(before);
  await panel.getByRole("button", { name: "Apply" }).click();
  await expect.poll(() => filterOf(page)).toBe(before);
  expect((await allThreadIds(page)).sort()).toEqual([...apiBefore].sort());

  const again = await openFilterPanel(page);
  await again.getByRole("tab", { name: "Builder" }).click();
  await row(again, "2").getByLabel("Operator").selectOption({ label: "is on or after" });
  await again.getByRole("button", { name: "Apply" }).click();
  await expect.poll(() => filterOf(page)).toBe(since);
  await expect(feed(page).locator(`#comment-${publicId}`)).toBeVisible();
  expect((await allThreadIds(page)).sort()).toEqual([...apiSince].sort());
});

test("chips name the users of author and mentions conditions, not their ids", async ({ page }) => {
  const users = (await api("/users?page[size]=2", UserPage)).data;
  const [author, mentioned] = users;
  if (!author || !mentioned) throw new Error("the seed has fewer than two users");
  const filter = `author.id eq "${author.id}" and mentions.id eq "${mentioned.id}"`;
  await openInbox(page, `?${new URLSearchParams({ filter })}`);
  const chips = page.getByRole("list", { name: "Applied filters" }).getByRole("listitem");
  await expect(chips).toHaveText([
    `Author is ${author.first_name} ${author.last_name}`,
    `Mentions is ${mentioned.first_name} ${mentioned.last_name}`,
  ]);
});
