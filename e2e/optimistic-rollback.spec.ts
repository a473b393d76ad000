import type { Page } from "@playwright/test";
import { apiCreate, clientsTable, listUrl, uniqueName } from "./client-forms-helpers.ts";
import { expect, test } from "./fixtures.ts";

/**
 * A failed write rolls the optimistic change back by itself: the reads that follow the failure are
 * held back (route delay, a fault), so no refetch can be what shows the old value again.
 */

const HOLD_MS = 8000;

/** Fails the first `method` request to the client (the server keeps the old value), then holds every read of clients. */
async function failThenHoldReads(page: Page, clientId: string, method: "PATCH" | "DELETE") {
  const state = { failed: false, heldReads: 0, heldReadsAnswered: 0 };
  await page.route("**/api/v1/clients**", async (route) => {
    const request = route.request();
    if (!state.failed && request.method() === method && request.url().includes(clientId)) {
      state.failed = true;
      return route.abort("failed");
    }
    if (state.failed && request.method() === "GET") {
      state.heldReads += 1;
      await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
      state.heldReadsAnswered += 1;
    }
    return route.fallback().catch(() => {});
  });
  return state;
}

test.describe("a failed write with the refetch held back", () => {
  test.use({ allowConsoleErrors: /Failed to load resource|ERR_FAILED/ });

  test("a failed rename: the heading and the list row show the old name before any read answers", async ({
    page,
  }) => {
    const client = await apiCreate({ name: uniqueName("Rollback") });
    const renamed = `${client.name} renamed`;
    await page.goto(listUrl(client.name));
    await clientsTable(page).getByRole("link", { name: client.name, exact: true }).click();
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: `Edit ${client.name}` });
    await dialog.getByRole("textbox", { name: "Name" }).fill(renamed);

    const held = await failThenHoldReads(page, client.id, "PATCH");
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await expect(dialog.getByRole("alert")).toContainText("Could not save:");
    await expect(
      page.getByRole("heading", { level: 1, name: client.name, exact: true, includeHidden: true }),
    ).toBeVisible({ timeout: 2000 });
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Discard changes" }).click();
    await page.goBack();
    await expect(clientsTable(page).getByRole("link", { name: client.name, exact: true })).toBeVisible({
      timeout: 2000,
    });
    await expect(clientsTable(page).getByRole("link", { name: renamed, exact: true })).toHaveCount(0);
    // What the page showed came from the rollback: no held read had answered yet.
    expect(held.failed).toBe(true);
    expect(held.heldReadsAnswered).toBe(0);
  });

  test("a failed delete: the row is back in the list before any read answers", async ({ page }) => {
    const client = await apiCreate({ name: uniqueName("Undeleted") });
    await page.goto(listUrl(client.name));
    const link = clientsTable(page).getByRole("link", { name: client.name, exact: true });
    await link.click();

    const held = await failThenHoldReads(page, client.id, "DELETE");
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Delete client" }).click();
    await expect(
      page.getByRole("region", { name: /^Notifications/ }).getByText(`Could not delete “${client.name}”`),
    ).toBeVisible({ timeout: 2000 });
    // The detail page stays on an active client; back in the list, the row is there.
    await expect(page).toHaveURL(new RegExp(`/clients/${client.id}$`));
    await expect(page.getByText(`${client.name} is archived.`)).toHaveCount(0);
    await page.goBack();
    await expect(link).toBeVisible({ timeout: 2000 });
    expect(held.failed).toBe(true);
    expect(held.heldReadsAnswered).toBe(0);
  });
});
