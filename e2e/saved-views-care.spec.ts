import type { Page } from "@playwright/test";
import { expectFirstRows, walkClients } from "./clients-helpers.ts";
import { expect, test } from "./fixtures.ts";

const views = (page: Page) => page.getByRole("button", { name: "Views", exact: true });

async function saveView(page: Page, name: string) {
  await views(page).click();
  await page.getByRole("menuitem", { name: "Save current view…" }).click();
  const dialog = page.getByRole("dialog", { name: "Save current view" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByRole("button", { name: "Save" }).click();
  return dialog;
}

test("deleting a saved view offers Undo, which brings it back", async ({ page }) => {
  await page.goto(`/clients?filter=${encodeURIComponent('segment eq "A"')}`);
  await expect(await saveView(page, "Segment A")).toBeHidden();
  await views(page).click();
  await page.getByRole("menuitem", { name: /^Segment A/ }).click();
  await page.getByRole("menuitem", { name: "Delete" }).click();
  await expect(page.getByText("Deleted the view “Segment A”.").first()).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await page.reload();
  await views(page).click();
  await expect(page.getByRole("menuitem", { name: /^Segment A/ })).toBeVisible();
});

test("the view in use is shown, and marked once modified", async ({ page }) => {
  await page.goto(`/clients?filter=${encodeURIComponent('segment eq "A"')}`);
  await expect(await saveView(page, "Segment A")).toBeHidden();
  const note = page.getByRole("status", { name: "Saved view in use" });
  await expect(note).toHaveText("View “Segment A”");
  await page.goto(`/clients?filter=${encodeURIComponent('segment eq "B"')}`);
  await expect(note).toHaveText("");
  await views(page).click();
  await page.getByRole("menuitem", { name: /^Segment A/ }).click();
  await page.getByRole("menuitem", { name: "Apply" }).click();
  await expect(note).toHaveText("View “Segment A”");
  await page
    .getByRole("button", { name: /^Remove filter: / })
    .first()
    .click();
  await expect(note).toHaveText("View “Segment A” (modified)");
});

test("saving under an existing name asks before replacing", async ({ page }) => {
  await page.goto(`/clients?filter=${encodeURIComponent('segment eq "A"')}`);
  await expect(await saveView(page, "Mine")).toBeHidden();
  await page.goto(`/clients?filter=${encodeURIComponent('segment eq "B"')}`);
  const dialog = await saveView(page, "Mine");
  await expect(dialog.getByRole("alert")).toHaveText("A view named “Mine” exists. Replace it?");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await views(page).click();
  await page.getByRole("menuitem", { name: /^Mine/ }).click();
  await expect(page.getByRole("menuitem", { name: "Open in a new tab" })).toHaveAttribute(
    "href",
    /segment(\+|%20)eq(\+|%20)%22A%22/,
  );
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  const again = await saveView(page, "Mine");
  await again.getByRole("button", { name: "Replace" }).click();
  await expect(again).toBeHidden();
  await views(page).click();
  await page.getByRole("menuitem", { name: /^Mine/ }).click();
  await expect(page.getByRole("menuitem", { name: "Open in a new tab" })).toHaveAttribute(
    "href",
    /segment(\+|%20)eq(\+|%20)%22B%22/,
  );
});

test("import takes views without an id and says why one is skipped", async ({ page }) => {
  await page.goto("/clients");
  const file = JSON.stringify({
    version: 1,
    views: [
      { name: "No id", filter: 'segment eq "B"', sort: "name", columns: ["name"] },
      { name: "Empty list", filter: "segment in []", sort: "", columns: [] },
    ],
  });
  await page
    .getByLabel("Import saved views from a JSON file")
    .setInputFiles({ name: "views.json", mimeType: "application/json", buffer: Buffer.from(file) });
  await expect(
    page
      .getByText(
        `Imported 1 view, skipped 1: 'Empty list' — the filter is not valid ('in' needs at least one value, e.g. segment in ["a"]).`,
      )
      .first(),
  ).toBeVisible();
  await views(page).click();
  await expect(page.getByRole("menuitem", { name: /^No id/ })).toBeVisible();
});

test("Copy link of a saved view: the copied link opens its filter, sort and columns in a new page", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const filter = 'segment eq "B" and projects any';
  const expected = await walkClients({ filter, sort: "-created_at,name" });
  expect(expected.length).toBeGreaterThan(12);
  await page.goto(
    `/clients?filter=${encodeURIComponent(filter)}&sort=-created_at,name&cols=name,created_at,segment`,
  );
  await expect(await saveView(page, "Newest B")).toBeHidden();
  await page.goto("/clients");
  await views(page).click();
  await page.getByRole("menuitem", { name: /^Newest B/ }).click();
  await page.getByRole("menuitem", { name: "Copy link" }).click();
  await expect(page.getByText("Link to “Newest B” copied.").first()).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());

  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole("list", { name: "Applied filters" }).getByRole("listitem")).toHaveText([
    "Segment is B",
    "Has projects",
  ]);
  const table = other.getByRole("table", {
    name: "Clients, sorted by date created, newest first, then name",
  });
  await expect(table.getByRole("columnheader")).toHaveText([/^Name/, /^Created/, /^Segment/]);
  await expect(table.getByRole("columnheader", { name: /^Created/ })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  await expectFirstRows(other, expected, 12);
  const search = new URL(other.url()).searchParams;
  expect([search.get("filter"), search.get("sort"), search.get("cols")]).toEqual([
    filter,
    "-created_at,name",
    "name,created_at,segment",
  ]);
});
