import { UserPage } from "../src/kanbert/users.ts";
import { expectFirstRows, loadedCount, walkClients } from "./clients-helpers.ts";
import { filterOf, openBuilder, row, setRow } from "./filter-helpers.ts";
import { api, expect, expectNoAxeViolations, test } from "./fixtures.ts";

const BUILT =
  'segment in ["A", "B"] and (name contains "ro" or name contains "wood") and projects any (status eq "running" and is_acquisition eq true)';

test("a filter built by clicking has the canonical text and the API's rows", async ({ page }) => {
  const expected = await walkClients({ filter: BUILT });
  expect(expected.length).toBeGreaterThan(0);
  await page.setViewportSize({ width: 1400, height: 1100 });
  await page.goto("/clients");
  const panel = await openBuilder(page);

  await panel.getByRole("button", { name: "Add condition", exact: true }).click();
  await expect(row(panel, "1").getByLabel("Field")).toBeFocused();
  const segment = await setRow(panel, "1", "Segment", "is any of");
  await segment.getByRole("checkbox", { name: "A", exact: true }).check();
  await segment.getByRole("checkbox", { name: "B", exact: true }).check();

  await panel.getByRole("button", { name: "Add group", exact: true }).click();
  await (await setRow(panel, "2.1", "Name", "contains")).getByLabel("Value").fill("ro");
  await panel.getByRole("button", { name: "Add condition to group 2" }).click();
  await (await setRow(panel, "2.2", "Name", "contains")).getByLabel("Value").fill("wood");
  await panel
    .getByRole("radiogroup", { name: "Match for group 2" })
    .getByRole("radio", { name: "Any" })
    .check();

  await panel.getByRole("button", { name: "Add condition", exact: true }).click();
  await setRow(panel, "3", "Projects", "has a project");
  await panel.getByRole("button", { name: "Add condition to projects of condition 3" }).click();
  await (await setRow(panel, "3.1", "Status", "is")).getByLabel("Value").selectOption("running");
  await panel.getByRole("button", { name: "Add condition to projects of condition 3" }).click();
  await (await setRow(panel, "3.2", "Acquisition", "is")).getByLabel("Value").selectOption({ label: "Yes" });

  await panel.getByRole("tab", { name: "Text" }).click();
  await expect(panel.getByLabel("Filter text")).toHaveValue(BUILT);
  await panel.getByRole("tab", { name: "Builder" }).click();
  await expect(row(panel, "2.2").getByLabel("Value")).toHaveValue("wood");
  await panel.getByRole("button", { name: "Apply" }).click();

  await expect.poll(() => filterOf(page.url())).toBe(BUILT);
  await expectFirstRows(page, expected, expected.length);
  expect(await loadedCount(page)).toEqual({ loaded: expected.length, all: true });
  const chips = page.getByRole("list", { name: "Applied filters" });
  await expect(chips.getByRole("listitem")).toHaveText([
    "Segment is A or B",
    "Any of: Name contains “ro”; Name contains “wood”",
    "Has a running acquisition project",
  ]);
});

test("a typo in the text is pointed at; once fixed the builder shows the tree", async ({ page }) => {
  await page.goto("/clients");
  const panel = await openBuilder(page);
  await panel.getByRole("tab", { name: "Text" }).click();
  const text = panel.getByLabel("Filter text");
  await text.fill('segment in ["A", "B"] and nmae contains "ro"');
  await expect(text).toHaveAttribute("aria-invalid", "true");
  await expect(text).toHaveAccessibleDescription(
    /“nmae” at character 27: unknown field 'nmae'.*did you mean 'name'/,
  );
  await expect(panel.getByRole("button", { name: "Apply" })).toHaveAttribute("aria-disabled", "true");

  await text.fill('segment in ["A", "B"] and name contains "ro" and');
  await expect(text).toHaveAccessibleDescription(/Expected/);
  await panel.getByRole("tab", { name: "Builder" }).click();
  await expect(panel.getByRole("alert")).toContainText("fix the marked error first");
  await expect(panel.getByRole("tab", { name: "Text" })).toHaveAttribute("aria-selected", "true");

  await text.fill('segment in ["A", "B"] and name contains "ro"');
  await expect(text).not.toHaveAttribute("aria-invalid");
  await panel.getByRole("tab", { name: "Builder" }).click();
  await expect(row(panel, "1").getByLabel("Field")).toHaveValue("segment");
  await expect(row(panel, "1").getByRole("checkbox", { name: "B", exact: true })).toBeChecked();
  await expect(row(panel, "2").getByLabel("Field")).toHaveValue("name");
  await expect(row(panel, "2").getByLabel("Value")).toHaveValue("ro");
});

test("rows move with the keyboard and keep focus; chips and quick filters stay in sync", async ({ page }) => {
  await page.goto("/clients?filter=segment%20eq%20%22A%22%20and%20projects%20none");
  const chips = page.getByRole("list", { name: "Applied filters" });
  await expect(chips.getByRole("listitem")).toHaveText(["Segment is A", "Has no projects"]);
  await expect(page.getByRole("button", { name: "Segment A" })).toHaveAttribute("aria-pressed", "true");

  const panel = await openBuilder(page);
  await row(panel, "2").getByRole("button", { name: "Move condition 2 up" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Move condition 1 down" })).toBeFocused();
  await expect(row(panel, "1").getByLabel("Field")).toHaveValue("projects");
  await panel.getByRole("button", { name: "Apply" }).click();
  await expect.poll(() => filterOf(page.url())).toBe('projects none and segment eq "A"');

  await chips.getByRole("button", { name: "Remove filter: Segment is A" }).click();
  await expect.poll(() => filterOf(page.url())).toBe("projects none");
  await expect(page.getByRole("button", { name: "Segment A" })).toHaveAttribute("aria-pressed", "false");
  await page.getByRole("button", { name: "Segment B" }).click();
  await expect(chips.getByRole("listitem")).toHaveText(["Has no projects", "Segment is B"]);
});

test("a saved view survives a reload, applies from the menu and opens from its URL", async ({
  page,
  context,
}) => {
  await page.goto(`/clients?filter=${encodeURIComponent(BUILT)}&sort=-created_at`);
  await page.getByRole("button", { name: "Views", exact: true }).click();
  await page.getByRole("menuitem", { name: "Save current view…" }).click();
  const dialog = page.getByRole("dialog", { name: "Save current view" });
  await dialog.getByLabel("Name").fill("Running acquisitions");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();

  await page.goto("/clients");
  await page.reload();
  await expect(page.getByRole("list", { name: "Applied filters" })).toBeHidden();
  await page.getByRole("button", { name: "Views", exact: true }).click();
  await page.getByRole("menuitem", { name: "Running acquisitions" }).click();
  await page.getByRole("menuitem", { name: "Apply" }).click();
  await expect.poll(() => filterOf(page.url())).toBe(BUILT);
  expect(new URL(page.url()).searchParams.get("sort")).toBe("-created_at");

  await page.getByRole("button", { name: "Views", exact: true }).click();
  await page.getByRole("menuitem", { name: "Running acquisitions" }).click();
  const href = await page.getByRole("menuitem", { name: "Open in a new tab" }).getAttribute("href");
  if (!href) throw new Error("the saved view has no link");
  await page.keyboard.press("Escape");
  const other = await context.newPage();
  await other.goto(href);
  await expect(other.getByRole("list", { name: "Applied filters" }).getByRole("listitem")).toHaveText([
    "Segment is A or B",
    "Any of: Name contains “ro”; Name contains “wood”",
    "Has a running acquisition project",
  ]);
  expect(filterOf(other.url())).toBe(BUILT);
});

test("saved views export and import, reporting what was skipped", async ({ page }) => {
  await page.goto("/clients");
  const file = JSON.stringify({
    version: 1,
    views: [
      { id: "1", name: "A only", filter: 'segment eq "A"', sort: "name", columns: ["name", "segment"] },
      { id: "2", name: "Broken", filter: 'segment eq "Z"', sort: "name", columns: ["name"] },
    ],
  });
  await page
    .getByLabel("Import saved views from a JSON file")
    .setInputFiles({ name: "views.json", mimeType: "application/json", buffer: Buffer.from(file) });
  await expect(
    page.getByText(/Imported 1 view, skipped 1: 'Broken' — the filter is not valid/).first(),
  ).toBeVisible();
  await page.getByRole("button", { name: "Views", exact: true }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "Export views (JSON)" }).click();
  const exported = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of exported) chunks.push(Buffer.from(chunk));
  const text = Buffer.concat(chunks).toString();
  expect(text).toContain('"name": "A only"');
  expect(text).not.toContain("Broken");
});

test("axe finds no violations with the builder open, in both faces", async ({ page }) => {
  await page.goto(`/clients?filter=${encodeURIComponent(`${BUILT} and primary_contact.id eq me.id`)}`);
  const panel = await openBuilder(page);
  await expect(row(panel, "4").getByRole("button", { name: "Remove Me" })).toBeVisible();
  await expectNoAxeViolations(page);
  await panel.getByRole("tab", { name: "Text" }).click();
  await panel.getByLabel("Filter text").fill("segmnt eq ");
  await expectNoAxeViolations(page);
});

test("the user picker searches people and offers Me; chips name the people", async ({ page }) => {
  const users = await api("/users?sort=last_name&page%5Bsize%5D=1", UserPage);
  const person = users.data[0];
  if (!person) throw new Error("the emulator has no users");
  const name = `${person.first_name} ${person.last_name}`;
  await page.goto("/clients");
  const panel = await openBuilder(page);
  await panel.getByRole("button", { name: "Add condition", exact: true }).click();
  const target = await setRow(panel, "1", "Primary contact", "is any of");
  const picker = target.getByRole("combobox", { name: "Value" });
  await picker.fill(person.last_name);
  await panel.getByRole("option", { name: new RegExp(name) }).click();
  await picker.fill("me");
  await picker.press("ArrowDown");
  await expect(picker).toHaveAttribute("aria-expanded", "true");
  await panel.getByRole("option", { name: /^Me/ }).click();
  await expect(target.getByRole("button", { name: `Remove ${name}` })).toBeVisible();
  await panel.getByRole("tab", { name: "Text" }).click();
  await expect(panel.getByLabel("Filter text")).toHaveValue(`primary_contact.id in ["${person.id}", me.id]`);
  await panel.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("list", { name: "Applied filters" }).getByRole("listitem")).toHaveText([
    `Primary contact is ${name} or me`,
  ]);
});
