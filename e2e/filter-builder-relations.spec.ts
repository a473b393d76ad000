import type { Locator, Page } from "@playwright/test";
import { type ApiClient, expectFirstRows, loadedCount, walkClients } from "./clients-helpers.ts";
import { filterOf, openBuilder, setRow } from "./filter-helpers.ts";
import { expect, test } from "./fixtures.ts";

// Relation conditions built by clicking: the quantifier `all` and a count. Each test checks the
// emulator's rows against literal rules (so a wrong emulator fails too), then the table against them.
// A date macro cannot be built here: no field of GET /clients/full is a date (SPEC §6.3).

const statuses = (client: ApiClient) => (client.projects ?? []).map((project) => project.status);

async function startWithSegmentA(page: Page) {
  await page.setViewportSize({ width: 1400, height: 1100 });
  await page.goto("/clients");
  const panel = await openBuilder(page);
  await panel.getByRole("button", { name: "Add condition", exact: true }).click();
  await (await setRow(panel, "1", "Segment", "is")).getByLabel("Value").selectOption("A");
  await panel.getByRole("button", { name: "Add condition", exact: true }).click();
  return panel;
}

/** The builder shows `text`; applied, it is in the URL, the chips say `chips`, the table holds `expected`. */
async function applyAndExpect(
  page: Page,
  panel: Locator,
  view: { text: string; chips: string[]; expected: readonly ApiClient[] },
) {
  await panel.getByRole("tab", { name: "Text" }).click();
  await expect(panel.getByLabel("Filter text")).toHaveValue(view.text);
  await panel.getByRole("button", { name: "Apply" }).click();
  await expect.poll(() => filterOf(page.url())).toBe(view.text);
  await expect(page.getByRole("list", { name: "Applied filters" }).getByRole("listitem")).toHaveText(
    view.chips,
  );
  await expectFirstRows(page, view.expected, view.expected.length);
  expect(await loadedCount(page)).toEqual({ loaded: view.expected.length, all: true });
}

test("'every project' with a condition applies projects all (…) and shows the API's rows", async ({
  page,
}) => {
  const text = 'segment eq "A" and projects all (status eq "closed")';
  const expected = await walkClients({ filter: text, include: "projects" });
  // `all` holds for a client without projects, and for one whose projects are all closed only.
  expect(expected.every((client) => client.segment === "A")).toBe(true);
  expect(expected.every((client) => statuses(client).every((status) => status === "closed"))).toBe(true);
  expect(expected.some((client) => statuses(client).length === 0)).toBe(true);
  expect(expected.some((client) => statuses(client).length >= 2)).toBe(true);
  const segmentA = await walkClients({ filter: 'segment eq "A"', include: "projects" });
  expect(segmentA.some((client) => statuses(client).includes("running"))).toBe(true);

  const panel = await startWithSegmentA(page);
  await setRow(panel, "2", "Projects", "every project");
  await panel.getByRole("button", { name: "Add condition to projects of condition 2" }).click();
  await (await setRow(panel, "2.1", "Status", "is")).getByLabel("Value").selectOption("closed");
  await applyAndExpect(page, panel, { text, chips: ["Segment is A", "All projects are closed"], expected });
});

test("'number of projects ≥ 2' applies projects.count gte 2 and shows the API's rows", async ({ page }) => {
  const text = 'segment eq "A" and projects.count gte 2';
  const expected = await walkClients({ filter: text, include: "projects" });
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.every((client) => client.segment === "A" && statuses(client).length >= 2)).toBe(true);
  const segmentA = await walkClients({ filter: 'segment eq "A"', include: "projects" });
  expect(segmentA.filter((client) => statuses(client).length >= 2).map((client) => client.id)).toEqual(
    expected.map((client) => client.id),
  );
  expect(segmentA.some((client) => statuses(client).length === 1)).toBe(true);

  const panel = await startWithSegmentA(page);
  const count = await setRow(panel, "2", "Projects", "number of projects");
  await count.getByLabel("Comparison").selectOption({ label: "≥" });
  await count.getByLabel("Number").fill("2");
  await applyAndExpect(page, panel, { text, chips: ["Segment is A", "Has at least 2 projects"], expected });
});
