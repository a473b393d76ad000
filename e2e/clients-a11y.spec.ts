import { clientsTable } from "./clients-helpers.ts";
import { expect, expectNoAxeViolations, test } from "./fixtures.ts";

test("axe finds no violations on the clients page, light and dark", async ({ page }) => {
  await page.goto("/clients");
  await expect(clientsTable(page).getByRole("link").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.getByRole("button", { name: "Segment A", exact: true }).click();
  await expect(clientsTable(page).getByRole("link").first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("axe finds no violations with the columns menu open", async ({ page }) => {
  await page.goto("/clients");
  await expect(clientsTable(page).getByRole("link").first()).toBeVisible();
  await page.getByRole("button", { name: "Columns" }).click();
  await expect(page.getByRole("checkbox", { name: "Segment", exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a link with an invalid filter or unknown column opens a safe default and says why", async ({
  page,
}) => {
  await page.goto("/clients?filter=name%20containz%20%22x%22&cols=name,bogus,segment&sort=nonsense");
  const notice = page.getByRole("status").filter({ hasText: "The filter in this link is not valid" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("Unknown column bogus ignored.");
  await expect(notice).toContainText('The sort "nonsense" was not understood');
  const table = clientsTable(page);
  await expect(table.getByRole("columnheader")).toHaveCount(2);
  await expect(table.getByRole("link").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Dismiss link notice" }).click();
  await expect(notice).toHaveCount(0);
});

test("the Columns menu hides, shows and reorders columns through the URL", async ({ page }) => {
  await page.goto("/clients");
  const table = clientsTable(page);
  await expect(table.getByRole("link").first()).toBeVisible();
  await page.getByRole("button", { name: "Columns" }).click();
  await page.getByRole("checkbox", { name: "Segment", exact: true }).uncheck();
  await expect(page).toHaveURL(/cols=/);
  await expect(table.getByRole("columnheader", { name: /^Segment/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Move Shortcode up" }).click();
  await expect(table.getByRole("columnheader").first()).toHaveAccessibleName(/^Shortcode/);
  await page.keyboard.press("Escape");
  await page.reload();
  await expect(table.getByRole("columnheader").first()).toHaveAccessibleName(/^Shortcode/);
  await expect(table.getByRole("columnheader", { name: /^Segment/ })).toHaveCount(0);
});

test("column widths change by keyboard or drag and are remembered", async ({ page }) => {
  await page.goto("/clients");
  const table = clientsTable(page);
  await expect(table.getByRole("link").first()).toBeVisible();
  const handle = table.getByRole("button", { name: /^Resize Name column/ });
  await expect(handle).toHaveAccessibleName("Resize Name column, 220 pixels wide");
  await handle.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Shift+ArrowRight");
  await expect(handle).toHaveAccessibleName("Resize Name column, 270 pixels wide");

  const segment = table.getByRole("button", { name: /^Resize Segment column/ });
  const box = await segment.boundingBox();
  if (!box) throw new Error("no resize handle");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 60, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect(segment).toHaveAccessibleName(/^Resize Segment column, 1[45]\d pixels wide$/);

  await page.reload();
  await expect(table.getByRole("button", { name: /^Resize Name column/ })).toHaveAccessibleName(
    "Resize Name column, 270 pixels wide",
  );
  await expect(segment).toHaveAccessibleName(/^Resize Segment column, 1[45]\d pixels wide$/);
});
