import { apiCreate, uniqueName } from "./client-forms-helpers.ts";
import { expect, test } from "./fixtures.ts";

/**
 * The server's 422 field errors land on the field they name, in the dialog that sent the request,
 * and the typed value stays. The emulator answers for real: duplicates are refused by the server
 * (no client check can know them); the over-long name is a corrupted request (fault injection).
 */

test.use({ allowConsoleErrors: /Failed to load resource: the server responded with a status of 422/ });

const suffix = () =>
  `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`.toUpperCase();

test("Change shortcode: a shortcode another client has is refused on the Shortcode field", async ({
  page,
}) => {
  const taken = `TK${suffix()}`;
  await apiCreate({ name: uniqueName("Holder"), shortcode: taken });
  const client = await apiCreate({ name: uniqueName("Wants") });
  await page.goto(`/clients/${client.id}`);
  await page.getByRole("button", { name: "Change shortcode" }).click();
  const dialog = page.getByRole("dialog", { name: "Change shortcode" });
  const field = dialog.getByRole("textbox", { name: "Shortcode" });
  await field.fill(taken);
  await dialog.getByRole("button", { name: "Change shortcode" }).click();

  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(/The shortcode has already been taken\./);
  await expect(field).toHaveValue(taken);
  await expect(dialog).toBeVisible();
});

test("Set external identifier: an id another client has in the same origin is refused on the External id field", async ({
  page,
}) => {
  const taken = `ext-${suffix()}`;
  await apiCreate({ name: uniqueName("Holder"), external_id: taken });
  const client = await apiCreate({ name: uniqueName("Wants") });
  await page.goto(`/clients/${client.id}`);
  await page.getByRole("button", { name: "Set external identifier" }).click();
  const dialog = page.getByRole("dialog", { name: "Set external identifier" });
  const field = dialog.getByRole("textbox", { name: "External id" });
  await field.fill(taken);
  await dialog.getByRole("button", { name: "Save identifier" }).click();

  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(/The external id has already been taken\./);
  await expect(field).toHaveValue(taken);
  await expect(dialog).toBeVisible();
});

test("Edit: the server's refusal of the name is shown on the Name field", async ({ page }) => {
  const client = await apiCreate({ name: uniqueName("Edited") });
  const typed = `${client.name} longer`;
  await page.goto(`/clients/${client.id}`);
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: `Edit ${client.name}` });
  const field = dialog.getByRole("textbox", { name: "Name" });
  await field.fill(typed);
  // Fault: the request is corrupted on its way (a 256-character name), so the real server refuses it.
  await page.route(`**/api/v1/clients/${client.id}**`, (route) =>
    route.request().method() === "PATCH"
      ? route.continue({ postData: JSON.stringify({ name: "n".repeat(256) }) })
      : route.fallback(),
  );
  await dialog.getByRole("button", { name: "Save changes" }).click();

  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(/The name may not be greater than 255 characters\./);
  await expect(field).toHaveValue(typed);
  await expect(dialog).toBeVisible();
});
