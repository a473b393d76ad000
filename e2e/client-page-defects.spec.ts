import { ClientFullPage } from "../src/kanbert/clients.ts";
import { apiCreate, clientsTable, listUrl, uniqueName } from "./client-forms-helpers.ts";
import { api, expect, test } from "./fixtures.ts";

/** Issue 10 (1, 2) and issue 11 (9, 10, focus): what the client page does after an action. */

test("delete after create lands on the list it came from, not the New client form; Undo works", async ({
  page,
}) => {
  const name = uniqueName("Listed");
  const first = await apiCreate({ name: `${name} one` });
  await page.goto(listUrl(first.name));
  await expect(clientsTable(page).getByRole("link", { name: first.name, exact: true })).toBeVisible();
  await page.getByRole("link", { name: "New client" }).click();
  await page.getByRole("textbox", { name: "Name" }).fill(`${name} two`);
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${name} two` })).toBeVisible();

  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete client" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Clients" })).toBeVisible();
  expect(new URL(page.url()).searchParams.get("filter")).toBe(`name eq "${first.name}"`);
  await expect(page.getByRole("heading", { name: "New client" })).toHaveCount(0);
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(page.getByText(`“${name} two” was restored.`, { exact: true })).toBeVisible();
});

test("a just-created client's Projects card says it has no projects", async ({ page }) => {
  await page.goto("/clients/new");
  const name = uniqueName("Fresh");
  await page.getByRole("textbox", { name: "Name" }).fill(name);
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const projects = page.getByRole("region", { name: "Projects" });
  await expect(projects.getByText("This client has no projects.")).toBeVisible();
  await expect(projects.getByText(/could not be loaded/)).toHaveCount(0);
});

test("Change shortcode on a by-shortcode page: the address follows, the client stays", async ({ page }) => {
  const client = await apiCreate({ name: uniqueName("Moved"), shortcode: `OLD${Date.now().toString(36)}` });
  const code = `NEW${Date.now().toString(36).toUpperCase()}`;
  await page.goto(`/clients/by-shortcode/${client.shortcode}`);
  await expect(page.getByRole("heading", { level: 1, name: client.name })).toBeVisible();
  await page.getByRole("button", { name: "Change shortcode" }).click();
  const field = page.getByRole("dialog").getByRole("textbox", { name: "Shortcode" });
  await field.fill(code);
  await field.press("Enter");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByText(/No client with the shortcode/)).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1, name: client.name })).toBeVisible();
  await expect(page.getByRole("region", { name: "Details" }).getByText(code, { exact: true })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/clients/(${client.id}|by-shortcode/${code})$`));
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: client.name })).toBeVisible();
});

test("Edit, Change shortcode and Set external identifier each say they succeeded", async ({ page }) => {
  const client = await apiCreate({ name: uniqueName("Told") });
  const code = `TOLD${Date.now().toString(36).toUpperCase()}`;
  await page.goto(`/clients/${client.id}`);
  const status = page.getByRole("region", { name: /^Notifications/ });

  await page.getByRole("button", { name: "Edit", exact: true }).click();
  const edit = page.getByRole("dialog", { name: `Edit ${client.name}` });
  await edit.getByRole("textbox", { name: "Name" }).fill(`${client.name} renamed`);
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit).toHaveCount(0);
  await expect(status.getByText(`“${client.name} renamed” was saved.`, { exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Change shortcode" }).click();
  const shortcode = page.getByRole("dialog", { name: "Change shortcode" });
  await shortcode.getByRole("textbox", { name: "Shortcode" }).fill(code);
  await shortcode.getByRole("button", { name: "Change shortcode" }).click();
  await expect(shortcode).toHaveCount(0);
  await expect(status.getByText(`The shortcode of “${client.name} renamed” is now ${code}.`)).toBeVisible();

  await page.getByRole("button", { name: "Set external identifier" }).click();
  const external = page.getByRole("dialog", { name: "Set external identifier" });
  await external.getByRole("textbox", { name: "External id" }).fill(`X-${code}`);
  await external.getByRole("button", { name: "Save identifier" }).click();
  await expect(external).toHaveCount(0);
  await expect(
    status.getByText(`The external identifier of “${client.name} renamed” is now X-${code}.`),
  ).toBeVisible();
});

test("opening a client moves focus to its heading (Enter on a row, and Go to client)", async ({ page }) => {
  const client = await apiCreate({ name: uniqueName("Focused") });
  await page.goto(listUrl(client.name));
  const link = clientsTable(page).getByRole("link", { name: client.name, exact: true });
  await link.focus();
  await page.keyboard.press("Enter");
  const heading = page.getByRole("heading", { level: 1, name: client.name });
  await expect(heading).toBeFocused();

  await page.goto("/settings");
  await page.getByRole("button", { name: "Go to client" }).click();
  const dialog = page.getByRole("dialog", { name: "Go to client" });
  await dialog.getByRole("combobox", { name: "Name or shortcode" }).fill(client.name);
  await expect(dialog.getByRole("option")).toHaveCount(1);
  await page.keyboard.press("Enter");
  await expect(heading).toBeFocused();
});

test.describe("delete and restore of one client", () => {
  test.use({ allowConsoleErrors: /Failed to load resource|ERR_FAILED/ });

  test("Restore clicked while the Delete is still on the wire wins: the client ends active", async ({
    page,
  }) => {
    const client = await apiCreate({ name: uniqueName("Raced") });
    await page.goto(`/clients/${client.id}`);
    await page.route(`**/api/v1/clients/${client.id}`, async (route) => {
      if (route.request().method() !== "DELETE") return route.fallback();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      return route.continue();
    });
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Delete client" }).click();
    await page.getByRole("button", { name: "Restore" }).click();
    await expect(page.getByText(`“${client.name}” was restored.`, { exact: true })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/clients/${client.id}$`));
    await expect(page.getByRole("button", { name: "Delete", exact: true })).toBeVisible();
    const active = await api(
      `/clients/full?filter=${encodeURIComponent(`archived eq "without" and name eq "${client.name}"`)}`,
      ClientFullPage,
    );
    expect(active.data.map((row) => row.id)).toEqual([client.id]);
  });

  test("a failed delete and a failed restore each offer Retry, which works", async ({ page }) => {
    const client = await apiCreate({ name: uniqueName("Retried") });
    await page.goto(`/clients/${client.id}`);
    let failures = 1;
    await page.route(`**/api/v1/clients/${client.id}**`, (route) => {
      const method = route.request().method();
      if ((method === "DELETE" || method === "POST") && failures > 0) {
        failures--;
        return route.abort("failed");
      }
      return route.fallback();
    });
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Delete client" }).click();
    await expect(
      page.getByRole("region", { name: /^Notifications/ }).getByText(`Could not delete “${client.name}”`),
    ).toBeVisible();
    await page.getByRole("button", { name: "Retry", exact: true }).click();
    await expect(page.getByText(`“${client.name}” was deleted.`, { exact: true })).toBeVisible();

    failures = 1;
    await page.getByRole("button", { name: "Undo", exact: true }).click();
    await expect(
      page.getByRole("region", { name: /^Notifications/ }).getByText(`Could not restore “${client.name}”`),
    ).toBeVisible();
    await page.getByRole("button", { name: "Retry", exact: true }).click();
    await expect(page.getByText(`“${client.name}” was restored.`, { exact: true })).toBeVisible();
    const active = await api(
      `/clients/full?filter=${encodeURIComponent(`archived eq "without" and name eq "${client.name}"`)}`,
      ClientFullPage,
    );
    expect(active.data.map((row) => row.id)).toEqual([client.id]);
  });
});

test.describe("a create whose answer is lost", () => {
  test.use({ allowConsoleErrors: /Failed to load resource|ERR_FAILED/ });

  test("the server created it, the browser saw a network error: Retry opens it, no second client", async ({
    page,
  }) => {
    const name = uniqueName("Lost");
    await page.goto("/clients/new");
    let lose = true;
    await page.route("**/api/v1/clients", async (route) => {
      if (route.request().method() !== "POST" || !lose) return route.fallback();
      lose = false;
      await route.fetch();
      return route.abort("failed");
    });
    await page.getByRole("textbox", { name: "Name" }).fill(name);
    await page.getByRole("button", { name: "Create client" }).click();
    await expect(page.getByRole("alert")).toContainText("Could not");
    await page.getByRole("button", { name: "Create client" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    const rows = await api(
      `/clients/full?filter=${encodeURIComponent(`archived eq "with" and name eq "${name}"`)}`,
      ClientFullPage,
    );
    expect(rows.data).toHaveLength(1);
    await expect(page).toHaveURL(new RegExp(`/clients/${rows.data[0]?.id}$`));
  });
});
