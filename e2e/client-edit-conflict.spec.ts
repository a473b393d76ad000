import type { Page } from "@playwright/test";
import { ClientFullPage } from "../src/kanbert/clients.ts";
import { ClientData } from "../src/kanbert/schemas.ts";
import { apiCreate, type CreatedClient, uniqueName } from "./client-forms-helpers.ts";
import { API, api, expect, TOKEN, test } from "./fixtures.ts";

/** Issue 10.7: an edit made against an old state of the client asks instead of overwriting. */

async function changeOnServer(id: string, body: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${API}/clients/${id}`, {
    method: "PATCH",
    headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
}

async function nameOnServer(client: CreatedClient): Promise<string> {
  return (await api(`/clients/${client.id}`, ClientData)).name;
}

async function segmentOf(client: CreatedClient): Promise<string | undefined> {
  const filter = encodeURIComponent(`shortcode eq "${client.shortcode}"`);
  const page = await api(`/clients/full?filter=${filter}`, ClientFullPage);
  return page.data.find((row) => row.id === client.id)?.segment;
}

async function openEdit(page: Page, client: CreatedClient) {
  await page.goto(`/clients/${client.id}`);
  await expect(page.getByRole("heading", { level: 1, name: client.name })).toBeVisible();
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  return page.getByRole("dialog", { name: `Edit ${client.name}` });
}

test("a rename on the server while the form is open shows both names; keeping mine saves mine", async ({
  page,
}) => {
  const client = await apiCreate({ name: uniqueName("Conflict"), segment: "B" });
  const dialog = await openEdit(page, client);
  await dialog.getByRole("textbox", { name: "Name" }).fill(`${client.name} mine`);
  // updated_at has whole seconds: the server's change lands in a later second than the create.
  await page.waitForTimeout(1100);
  await changeOnServer(client.id, { name: `${client.name} theirs` });

  await dialog.getByRole("button", { name: "Save changes" }).click();
  const conflict = dialog.getByRole("alert").filter({ hasText: "changed by someone else" });
  await expect(conflict).toBeVisible();
  const name = conflict.getByRole("group", { name: "Name" });
  await expect(name.getByRole("radio", { name: `Yours: ${client.name} mine` })).toBeChecked();
  await expect(name.getByRole("radio", { name: `On the server: ${client.name} theirs` })).not.toBeChecked();
  // Nothing was saved yet, and what the user typed is still in the field.
  expect(await nameOnServer(client)).toBe(`${client.name} theirs`);
  await expect(dialog.getByRole("textbox", { name: "Name" })).toHaveValue(`${client.name} mine`);

  await dialog.getByRole("button", { name: "Save with these choices" }).click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(() => nameOnServer(client)).toBe(`${client.name} mine`);
});

test("choosing the server's name keeps it, and the user's other change is still saved", async ({ page }) => {
  const client = await apiCreate({ name: uniqueName("Theirs"), segment: "B" });
  const dialog = await openEdit(page, client);
  await dialog.getByRole("textbox", { name: "Name" }).fill(`${client.name} mine`);
  await dialog.getByRole("combobox", { name: "Segment" }).selectOption("C");
  await page.waitForTimeout(1100);
  await changeOnServer(client.id, { name: `${client.name} theirs` });

  await dialog.getByRole("button", { name: "Save changes" }).click();
  const name = dialog.getByRole("group", { name: "Name" });
  await name.getByRole("radio", { name: `On the server: ${client.name} theirs` }).check();
  await dialog.getByRole("button", { name: "Save with these choices" }).click();
  await expect(dialog).toHaveCount(0);

  await expect.poll(() => nameOnServer(client)).toBe(`${client.name} theirs`);
  await expect.poll(() => segmentOf(client)).toBe("C");
});

test("a change on the server to another field is kept without asking", async ({ page }) => {
  const client = await apiCreate({ name: uniqueName("Merged"), segment: "B" });
  const dialog = await openEdit(page, client);
  await dialog.getByRole("textbox", { name: "Name" }).fill(`${client.name} mine`);
  await page.waitForTimeout(1100);
  await changeOnServer(client.id, { segment: "A" });

  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(() => nameOnServer(client)).toBe(`${client.name} mine`);
  expect(await segmentOf(client)).toBe("A");
});
