import { describe, expect, it } from "vitest";
import { csvCell, csvFileName, csvLine } from "./csv.ts";

describe("csv", () => {
  it("quotes cells with commas, quotes and line breaks", () => {
    expect(csvLine(["a,b", 'say "hi"', "two\nlines", "plain"])).toBe(
      '"a,b","say ""hi""","two\nlines",plain\r\n',
    );
  });

  it("neutralises cells that a spreadsheet would run as a formula", () => {
    for (const cell of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx"])
      expect(csvCell(cell).startsWith(`'`)).toBe(true);
    // A leading carriage return is neutralised too; the cell is then quoted for its line break.
    expect(csvCell("\r=1+1")).toBe(`"'\r=1+1"`);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell("Acme = good")).toBe("Acme = good");
  });

  it("names the file with the date", () => {
    expect(csvFileName("clients", new Date("2026-11-22T10:00:00Z"))).toBe("clients-2026-11-22.csv");
  });
});
