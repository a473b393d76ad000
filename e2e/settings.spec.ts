import { expect, test } from "./fixtures.ts";

const CONNECTED = "Connected as Console Integration (console@integration.kanbert.test) — integration user";

test("the settings page shows the current user and a successful connection test", async ({ page }) => {
  await page.goto("/settings");
  const currentUser = page.getByRole("region", { name: "Current user" });
  await expect(currentUser).toContainText("Console Integration");
  await expect(currentUser).toContainText("console@integration.kanbert.test");

  await expect(page.getByLabel("API base URL")).toHaveValue("/api/v1");
  await expect(page.getByLabel("API token")).toHaveAttribute("type", "password");
  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Connected as" })).toHaveText(CONNECTED);
});

test.describe("with a wrong token", () => {
  test.use({ allowConsoleErrors: /401/ });

  test("Test connection explains the 401, and the clients page leads back to Settings", async ({ page }) => {
    await page.goto("/settings");
    const token = page.getByLabel("API token");
    await token.fill("not-a-valid-token");
    await page.getByRole("button", { name: "Test connection" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "401" })).toHaveText(
      "The token was not accepted (401). Check that it is correct and has not been revoked.",
    );

    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Clients" }).click();
    const problem = page.getByRole("alert").filter({ hasText: "Not signed in to the API" });
    await expect(problem).toContainText("The token was not accepted (401).");
    await expect(page.getByRole("table")).toHaveCount(0);

    await problem.getByRole("link", { name: "Open Settings" }).click();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByLabel("API token")).toHaveValue("not-a-valid-token");
  });
});

test("Disconnect forgets the token and the clients page asks to connect", async ({ page }) => {
  await page.goto("/settings");
  await expect(page.getByRole("region", { name: "Current user" })).toContainText("Console Integration");
  await page.getByRole("button", { name: "Disconnect" }).click();

  await expect(page.getByRole("heading", { name: "Not connected" })).toBeVisible();
  await expect(page.getByLabel("API token")).toHaveValue("");
  const stored = await page.evaluate(() => [
    localStorage.getItem("kanbert.token"),
    sessionStorage.getItem("kanbert.token"),
  ]);
  expect(stored).toEqual([null, null]);

  await page.reload();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Clients" }).click();
  await expect(page.getByRole("heading", { name: "Not connected" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Connect in Settings" })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);

  // A production build has no built-in connection to fall back to: the way back is the token.
  await expect(page.getByRole("button", { name: "Use local emulator" })).toHaveCount(0);
  await page.getByRole("link", { name: "Connect in Settings" }).click();
  await page.getByLabel("API token").fill("dev-token");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("region", { name: "Current user" })).toContainText("Console Integration");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Clients" }).click();
  await expect(
    page.getByRole("table", { name: "Clients, sorted by name" }).getByRole("link").first(),
  ).toBeVisible();
});

test.describe("a first visit, nothing stored", () => {
  test.use({ connected: false });

  test("no token is built in: the clients page asks to connect, without a request or an error", async ({
    page,
  }) => {
    const apiRequests: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.startsWith("/api/")) apiRequests.push(request.url());
    });
    await page.goto("/clients");
    await expect(page.getByRole("heading", { name: "Not connected" })).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
    await expect(page.getByRole("alert")).toHaveCount(0);
    await page.getByRole("link", { name: "Connect in Settings" }).click();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByLabel("API base URL")).toHaveValue("/api/v1");
    await expect(page.getByLabel("API token")).toHaveValue("");
    expect(apiRequests).toEqual([]);
  });
});

test("the token stays in the tab unless remembered", async ({ page }) => {
  await page.goto("/settings");
  // The fixture starts as a user who chose to be remembered; this one chooses not to be.
  await expect(page.getByLabel("Remember on this device")).toBeChecked();
  await page.getByLabel("API token").fill("dev-token");
  await page.getByLabel("Remember on this device").uncheck();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("region", { name: "Current user" })).toContainText("Console Integration");
  expect(await page.evaluate(() => localStorage.getItem("kanbert.token"))).toBeNull();
  expect(await page.evaluate(() => sessionStorage.getItem("kanbert.token"))).toBe("dev-token");
  expect(page.url()).not.toContain("dev-token");

  await page.getByLabel("Remember on this device").check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByLabel("Remember on this device")).toBeChecked();
  expect(await page.evaluate(() => localStorage.getItem("kanbert.token"))).toBe("dev-token");
  expect(await page.evaluate(() => sessionStorage.getItem("kanbert.token"))).toBeNull();
});
