import { readFile } from "node:fs/promises";
import { parseCsv, walkClients } from "./clients-helpers.ts";
import { expect, test } from "./fixtures.ts";

test("Export CSV downloads exactly the filtered, sorted rows with the visible columns", async ({ page }) => {
  const filter = 'segment in ["C"]';
  const expected = await walkClients({ filter, sort: "-created_at,name" });
  expect(expected.length).toBeGreaterThan(0);
  await page.goto(
    `/clients?filter=${encodeURIComponent(filter)}&sort=-created_at,name&cols=name,shortcode,segment,created_at`,
  );
  await expect(
    page
      .getByRole("table", { name: /^Clients/ })
      .getByRole("link")
      .first(),
  ).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^clients-\d{4}-\d{2}-\d{2}\.csv$/);
  const path = await file.path();
  const bytes = await readFile(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parseCsv(bytes.subarray(3).toString("utf8"));
  expect(header).toEqual(["Id", "Name", "Shortcode", "Segment", "Created"]);
  expect(rows).toHaveLength(expected.length);
  expect(rows.map((row) => row[0])).toEqual(expected.map((c) => c.id));
  expect(rows.map((row) => row[1]?.replace(/^'/, ""))).toEqual(expected.map((c) => c.name));
  expect(rows.map((row) => row[3])).toEqual(expected.map(() => "C"));
  expect(rows.map((row) => row[4])).toEqual(expected.map((c) => c.created_at));
  await expect(page.getByRole("status").filter({ hasText: /Exported \d+ clients? to CSV/ })).toBeVisible();
});
