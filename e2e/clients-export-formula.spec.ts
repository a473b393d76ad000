import { readFile } from "node:fs/promises";
import { apiCreate } from "./client-forms-helpers.ts";
import { parseCsv } from "./clients-helpers.ts";
import { expect, test } from "./fixtures.ts";

test("Export CSV: a name that is a spreadsheet formula is written with a leading apostrophe", async ({
  page,
}) => {
  const shortcode = `FX${Date.now().toString(36).toUpperCase()}`;
  await apiCreate({ name: '=HYPERLINK("http://x","y")', shortcode });
  await page.goto(`/clients?filter=${encodeURIComponent(`shortcode eq "${shortcode}"`)}&cols=name,shortcode`);
  await expect(page.getByRole("table", { name: /^Clients/ }).getByRole("link")).toHaveCount(1);

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const bytes = await readFile(await (await download).path());
  const [header, ...rows] = parseCsv(bytes.subarray(3).toString("utf8"));
  expect(header).toEqual(["Id", "Name", "Shortcode"]);
  expect(rows).toHaveLength(1);
  expect(rows[0]?.[1]).toBe(`'=HYPERLINK("http://x","y")`);
  expect(rows[0]?.[2]).toBe(shortcode);
});
