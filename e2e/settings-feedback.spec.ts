import { expect, test } from "./fixtures.ts";

const REJECTED = "The token was not accepted (401). Check that it is correct and has not been revoked.";

test("a Test connection result goes when the address or the token is edited", async ({ page }) => {
  await page.goto("/settings");
  const connected = page.getByText(/^Connected as Console Integration/);
  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(connected).toBeVisible({ timeout: 20_000 });
  await page.getByLabel("API base URL").fill("http://127.0.0.1:1/api/v1");
  await expect(connected).toHaveCount(0);

  await page.getByLabel("API base URL").fill("/api/v1");
  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(connected).toBeVisible();
  await page.getByLabel("API token").fill("dev-token-2");
  await expect(connected).toHaveCount(0);
});

test.describe("saving a token the API rejects", () => {
  test.use({ allowConsoleErrors: /401/ });

  test("says so once, in the Current user card, without 'Connection saved' or a link to Settings", async ({
    page,
  }) => {
    await page.goto("/settings");
    const currentUser = page.getByRole("region", { name: "Current user" });
    await expect(currentUser).toContainText("Console Integration", { timeout: 20_000 });
    await page.getByRole("button", { name: "Test connection" }).click();
    await expect(page.getByText(/^Connected as Console Integration/)).toBeVisible();

    await page.getByLabel("API token").fill("not-a-valid-token");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(currentUser).toContainText(REJECTED);
    await expect(page.getByText(REJECTED, { exact: true })).toHaveCount(1);
    await expect(page.getByText(/^Connected as/)).toHaveCount(0);
    await expect(currentUser.getByRole("link", { name: "Open Settings" })).toHaveCount(0);
    await page.waitForTimeout(1000); // a toast would have shown by now
    await expect(page.getByText("Connection saved.")).toHaveCount(0);
  });
});

test("saving a working connection confirms it", async ({ page }) => {
  await page.goto("/settings");
  await expect(page.getByRole("region", { name: "Current user" })).toContainText("Console Integration", {
    timeout: 20_000,
  });
  await page.getByLabel("API token").fill("dev-token");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Connection saved.", { exact: true })).toBeVisible();
});
