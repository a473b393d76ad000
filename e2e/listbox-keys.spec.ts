import { expect, test } from "./fixtures.ts";

test("a suggestion list follows the keys: End, Home and a wrapping Up reach options scrolled into view", async ({
  page,
}) => {
  await page.goto("/clients");
  await page.getByRole("button", { name: /^Filter/ }).click();
  const panel = page.getByRole("dialog", { name: "Filter clients" });
  await panel.getByRole("button", { name: "Add condition", exact: true }).click();
  const condition = panel.getByRole("group", { name: "Condition 1", exact: true });
  await condition.getByLabel("Field").selectOption({ label: "Primary contact" });
  await condition.getByLabel("Operator").selectOption({ label: "is any of" });
  const picker = condition.getByRole("combobox", { name: "Value" });
  await picker.click();

  const list = panel.getByRole("listbox", { name: /suggestions$/ });
  const options = list.getByRole("option");
  // More people than the list shows at once: the last option starts out of sight.
  await expect(options.nth(11)).toBeAttached();
  const first = options.first();
  const last = options.last();
  await expect(first).toHaveText(/^Me/);
  await expect(first).toHaveAttribute("aria-selected", "true");
  await expect(last).not.toBeInViewport();

  await picker.press("End");
  await expect(last).toHaveAttribute("aria-selected", "true");
  await expect(picker).toHaveAttribute("aria-activedescendant", (await last.getAttribute("id")) ?? "no id");
  await expect(last).toBeInViewport();
  await expect(first).not.toBeInViewport();

  await picker.press("Home");
  await expect(first).toHaveAttribute("aria-selected", "true");
  await expect(first).toBeInViewport();
  await expect(last).not.toBeInViewport();

  await picker.press("ArrowUp");
  await expect(last).toHaveAttribute("aria-selected", "true");
  await expect(last).toBeInViewport();

  await picker.press("Escape");
  await expect(picker).toHaveAttribute("aria-expanded", "false");
  await expect(picker).not.toHaveAttribute("aria-activedescendant");
  await expect(panel).toBeVisible();
});
