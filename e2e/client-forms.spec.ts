import { UserPage } from "../src/kanbert/users.ts";
import { apiCreate, clientsTable, listUrl, uniqueName } from "./client-forms-helpers.ts";
import { api, expect, expectNoAxeViolations, test } from "./fixtures.ts";

test("create: the new client opens, then shows in the table", async ({ page }) => {
  const name = uniqueName("Created");
  await page.goto("/clients");
  await page.getByRole("link", { name: "New client" }).click();
  await expect(page).toHaveURL(/\/clients\/new$/);
  await page.getByRole("textbox", { name: "Name" }).fill(name);
  await page.getByRole("combobox", { name: "Segment" }).selectOption("A");
  const users = await api("/users?page%5Bsize%5D=1", UserPage);
  const user = users.data[0];
  if (!user) throw new Error("the emulator has no users");
  const chosen = `${user.first_name} ${user.last_name}`;
  const contact = page.getByRole("combobox", { name: "Primary contact" });
  await contact.fill(user.email);
  const options = page.getByRole("listbox", { name: "Primary contact options" }).getByRole("option");
  await expect(options.first()).toContainText(user.email);
  await contact.press("Enter");
  await expect(contact).toHaveValue(chosen);
  await page.getByRole("button", { name: "Create client" }).click();

  await expect(page).toHaveURL(/\/clients\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const details = page.getByRole("region", { name: "Details" });
  await expect(details.getByText("A", { exact: true })).toBeVisible();
  await expect(details.getByText(chosen)).toBeVisible();

  await page.goto(listUrl(name));
  await expect(clientsTable(page).getByRole("link", { name, exact: true })).toBeVisible();
});

test.describe("server rules", () => {
  test.use({ allowConsoleErrors: /status of 422/ });

  test("create with a taken shortcode: the field shows the server's error and every value stays", async ({
    page,
  }) => {
    const taken = await apiCreate({ name: uniqueName("Holder"), shortcode: `TK${Date.now().toString(36)}` });
    const name = uniqueName("Clash");
    await page.goto("/clients/new");
    await page.getByRole("textbox", { name: "Name" }).fill(name);
    await page.getByRole("textbox", { name: "Shortcode" }).fill(taken.shortcode ?? "");
    await page.getByRole("combobox", { name: "Segment" }).selectOption("C");
    await page.getByRole("textbox", { name: "External id" }).fill("EXT-CLASH");
    await page.getByRole("textbox", { name: "Origin" }).fill("crm");
    await page.getByRole("textbox", { name: "Origin" }).press("Enter");

    const shortcode = page.getByRole("textbox", { name: "Shortcode" });
    await expect(shortcode).toHaveAccessibleDescription(/The shortcode has already been taken\./);
    await expect(shortcode).toHaveAttribute("aria-invalid", "true");
    await expect(shortcode).toBeFocused();
    await expect(page.getByRole("textbox", { name: "Name" })).toHaveValue(name);
    await expect(shortcode).toHaveValue(taken.shortcode ?? "");
    await expect(page.getByRole("combobox", { name: "Segment" })).toHaveValue("C");
    await expect(page.getByRole("textbox", { name: "External id" })).toHaveValue("EXT-CLASH");
    await expect(page.getByRole("textbox", { name: "Origin" })).toHaveValue("crm");
    await expect(page).toHaveURL(/\/clients\/new$/);
    await expectNoAxeViolations(page);
  });
});

test("create checks the name before sending, and leaving a changed form asks first", async ({ page }) => {
  await page.goto("/clients/new");
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByRole("textbox", { name: "Name" })).toHaveAccessibleDescription(
    "The name field is required.",
  );
  await page.getByRole("textbox", { name: "Name" }).fill("Half typed");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Clients" }).click();
  const ask = page.getByRole("alertdialog", { name: "Discard unsaved changes?" });
  await expect(ask).toBeVisible();
  await expectNoAxeViolations(page);
  await ask.getByRole("button", { name: "Keep editing" }).click();
  await expect(page).toHaveURL(/\/clients\/new$/);
  await expect(page.getByRole("textbox", { name: "Name" })).toHaveValue("Half typed");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Clients" }).click();
  await page.getByRole("button", { name: "Discard changes" }).click();
  await expect(page).toHaveURL(/\/clients$/);
});

test("axe finds no violations on the create form, light and dark", async ({ page }) => {
  await page.goto("/clients/new");
  await expect(page.getByRole("heading", { level: 1, name: "New client" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.getByRole("combobox", { name: "Primary contact" }).fill("e");
  await expect(page.getByRole("listbox", { name: "Primary contact options" })).toBeVisible();
  await expectNoAxeViolations(page);
});
