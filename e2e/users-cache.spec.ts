import { expect, test } from "./fixtures.ts";

/** Issue 10.3: the form's user search and the builder's user picker share one users cache. */

test("the form's user search, then the builder's user picker: both list people, no page error", async ({
  page,
}) => {
  await page.goto("/clients/new");
  const contact = page.getByRole("combobox", { name: "Primary contact" });
  await contact.click();
  const formOptions = page.getByRole("listbox", { name: "Primary contact options" }).getByRole("option");
  await expect(formOptions.nth(1)).toBeVisible();
  await contact.press("Escape");

  await page.getByRole("link", { name: "Cancel" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Clients" })).toBeVisible();
  await page.getByRole("button", { name: /^Filter/ }).click();
  const panel = page.getByRole("dialog", { name: "Filter clients" });
  await panel.getByRole("button", { name: "Add condition", exact: true }).click();
  const condition = panel.getByRole("group", { name: "Condition 1", exact: true });
  await condition.getByLabel("Field").selectOption({ label: "Primary contact" });
  await condition.getByLabel("Operator").selectOption({ label: "is any of" });
  const picker = condition.getByRole("combobox", { name: "Value" });
  await picker.click();
  await picker.press("ArrowDown");
  await expect(panel.getByRole("option", { name: /^Me/ })).toBeVisible();
  await expect(panel.getByRole("option")).not.toHaveCount(1);
});
