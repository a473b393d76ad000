import { describe, expect, it } from "vitest";
import { publishedClientFull } from "../../../kanbert/__tests__/samples.ts";
import { ClientFullData } from "../../../kanbert/schemas.ts";
import { cellText, csvCells, csvHeader } from "./cell-text.ts";

const project = {
  id: "p1",
  external_id: null,
  external_origin: null,
  title: "Audit 2026",
  shortcode: "ACM-1",
  status: "running",
  is_acquisition: false,
  is_private: false,
  start_date: null,
  end_date: null,
};
const client = ClientFullData.parse({
  ...publishedClientFull,
  name: "Acme",
  shortcode: "ACM",
  external_id: "HS-1",
  external_origin: "hubspot",
  primary_contact: { ...publishedClientFull.primary_contact, first_name: "Ada", last_name: "Lovelace" },
  origin_space: { id: "s2", name: "Partner Space" },
  projects: [project, { ...project, id: "p2", title: "Payroll" }],
});

describe("cell text and CSV rows", () => {
  it("gives each column's plain text", () => {
    expect(cellText(client, "primary_contact")).toBe("Ada Lovelace");
    expect(cellText(client, "origin_space")).toBe("Partner Space");
    expect(cellText(client, "external")).toBe("HS-1 (hubspot)");
    expect(cellText(client, "created_at")).toBe("2019-08-24T14:15:22Z");
  });

  it("puts the id first, then the visible columns in their order, projects as count and names", () => {
    const columns = ["projects", "name", "segment"] as const;
    expect(csvHeader(columns)).toEqual(["Id", "Projects", "Name", "Segment"]);
    expect(csvCells(client, columns)).toEqual([client.id, "2: Audit 2026; Payroll", "Acme", "A"]);
  });

  it("leaves empty what a client does not have", () => {
    const bare = {
      ...client,
      shortcode: null,
      primary_contact: null,
      origin_space: null,
      projects: undefined,
    };
    expect(csvCells(bare, ["shortcode", "primary_contact", "origin_space", "projects"])).toEqual([
      client.id,
      "",
      "",
      "",
      "0",
    ]);
  });
});
