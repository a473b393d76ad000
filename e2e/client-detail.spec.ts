import { ClientFullPage } from "../src/kanbert/clients.ts";
import { apiCreate, clientsTable, expectNoReload, markDocument, uniqueName } from "./client-forms-helpers.ts";
import { api, expect, expectNoAxeViolations, test } from "./fixtures.ts";

test("the detail page shows every field; axe finds nothing there or in any dialog", async ({ page }) => {
  const client = await apiCreate({
    name: uniqueName("Shown"),
    segment: "C",
    external_id: `SHOW-${Date.now()}`,
    external_origin: "crm",
  });
  await page.goto(`/clients/${client.id}`);
  await expect(page.getByRole("heading", { level: 1, name: client.name })).toBeVisible();
  const details = page.getByRole("region", { name: "Details" });
  for (const text of [client.shortcode ?? "", "C", "Active", "None", "Not shared", "crm"]) {
    await expect(details.getByText(text, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole("region", { name: "Projects" })).toContainText("This client has no projects.");
  await expect(page.getByRole("region", { name: "Comments" })).toBeAttached();
  await expectNoAxeViolations(page);

  for (const [button, dialog] of [
    ["Edit", `Edit ${client.name}`],
    ["Change shortcode", "Change shortcode"],
    ["Set external identifier", "Set external identifier"],
  ] as const) {
    const trigger = page.getByRole("button", { name: button, exact: true });
    await trigger.click();
    await expect(page.getByRole("dialog", { name: dialog })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(trigger).toBeFocused();
  }
  await page.emulateMedia({ colorScheme: "dark" });
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(page.getByRole("alertdialog", { name: `Delete “${client.name}”?` })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press("Escape");
  await expectNoAxeViolations(page);
});

test("a seeded client with projects shows them with status and acquisition flag", async ({ page }) => {
  const list = await api("/clients/full?include=projects&page%5Bsize%5D=50", ClientFullPage);
  const client = list.data.find((c) => (c.projects?.length ?? 0) > 0);
  const projectCount = client?.projects?.length;
  if (!client || projectCount === undefined) throw new Error("no seeded client has projects");
  await page.goto(`/clients/${client.id}`);
  const projects = page.getByRole("table", { name: "Projects of this client" });
  await expect(projects.getByRole("columnheader")).toHaveText(["Project", "Code", "Status", "Acquisition"]);
  await expect(projects.getByRole("row")).toHaveCount(projectCount + 1);
  await expect(projects.getByRole("row").nth(1).getByRole("cell").nth(2)).toHaveText(/Running|Closed/);
  await expect(projects.getByRole("row").nth(1).getByRole("cell").nth(3)).toHaveText(/Yes|No/);
});

test("edit the name: the table row shows it without a reload", async ({ page }) => {
  const client = await apiCreate({ name: uniqueName("Before") });
  const renamed = `${client.name} renamed`;
  await page.goto(`/clients?${new URLSearchParams({ filter: `name startswith "${client.name}"` })}`);
  await markDocument(page);
  await clientsTable(page).getByRole("link", { name: client.name, exact: true }).click();
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: `Edit ${client.name}` });
  await dialog.getByRole("textbox", { name: "Name" }).fill(renamed);
  await dialog.getByRole("textbox", { name: "Name" }).press("Enter");
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
  await page.getByRole("link", { name: "Back to clients" }).click();
  await expect(clientsTable(page).getByRole("link", { name: renamed, exact: true })).toBeVisible();
  await expectNoReload(page);
});

test("change the shortcode: the by-shortcode link opens the client", async ({ page }) => {
  const client = await apiCreate({ name: uniqueName("Coded") });
  const code = `NEW${Date.now().toString(36).toUpperCase()}`;
  await page.goto(`/clients/${client.id}`);
  await page.getByRole("button", { name: "Change shortcode" }).click();
  const field = page.getByRole("dialog").getByRole("textbox", { name: "Shortcode" });
  await expect(field).toHaveValue(client.shortcode ?? "");
  await field.fill(code);
  await field.press("Enter");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Details" }).getByText(code, { exact: true })).toBeVisible();
  await page.goto(`/clients/by-shortcode/${code}`);
  await expect(page.getByRole("heading", { level: 1, name: client.name })).toBeVisible();
});

test("set an external id: the by-external link opens the client", async ({ page }) => {
  const client = await apiCreate({ name: uniqueName("Linked") });
  const externalId = `CRM-${Date.now()}`;
  await page.goto(`/clients/${client.id}`);
  await page.getByRole("button", { name: "Set external identifier" }).click();
  const dialog = page.getByRole("dialog", { name: "Set external identifier" });
  await dialog.getByRole("textbox", { name: "External id" }).fill(externalId);
  await dialog.getByRole("textbox", { name: "Origin" }).fill("hubspot");
  await dialog.getByRole("button", { name: "Save identifier" }).click();
  await expect(dialog).toHaveCount(0);
  await page.goto(`/clients/by-external/hubspot/${externalId}`);
  await expect(page.getByRole("heading", { level: 1, name: client.name })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Details" }).getByText("hubspot", { exact: true }),
  ).toBeVisible();
});

test.describe("not found", () => {
  test.use({ allowConsoleErrors: /status of 404/ });

  test("a deep link that names no client shows a not-found view with a way back", async ({ page }) => {
    await page.goto("/clients/by-shortcode/NO-SUCH-CODE");
    await expect(page.getByRole("heading", { name: "Client not found" })).toBeVisible();
    await expect(page.getByText("No client with the shortcode “NO-SUCH-CODE”")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Show all clients" }).click();
    await expect(page).toHaveURL(/\/clients$/);
  });
});
