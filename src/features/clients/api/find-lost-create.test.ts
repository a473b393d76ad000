import { describe, expect, it } from "vitest";
import type { ClientFullData } from "../../../kanbert/schemas.ts";
import { isLostCreate, lostCreateFilter } from "./find-lost-create.ts";

const row: ClientFullData = {
  id: "c1",
  name: "Acme",
  shortcode: "ACME",
  external_id: "X-1",
  external_origin: "crm",
  primary_contact: null,
  origin_space: null,
  segment: "B",
  created_at: "2026-11-28T10:00:00Z",
  updated_at: "2026-11-28T10:00:00Z",
};
const at = (iso: string) => Date.parse(iso);

describe("lostCreateFilter", () => {
  it("looks by the shortcode when one was sent, else by name, among active clients", () => {
    expect(lostCreateFilter({ name: "Acme", shortcode: "ACME" })).toBe(
      'archived eq "without" and shortcode eq "ACME"',
    );
    expect(lostCreateFilter({ name: "Acme", shortcode: null })).toBe(
      'archived eq "without" and name eq "Acme"',
    );
  });
});

describe("isLostCreate", () => {
  it("takes a row with the sent name created after the first attempt", () => {
    expect(isLostCreate(row, { name: "Acme" }, at("2026-11-28T09:59:50Z"))).toBe(true);
  });

  it("compares the name as the server stores it, trimmed", () => {
    expect(isLostCreate(row, { name: "  Acme " }, at("2026-11-28T09:59:50Z"))).toBe(true);
  });

  it("ignores an origin sent without an external id", () => {
    expect(isLostCreate(row, { name: "Acme", external_origin: "erp" }, at("2026-11-28T09:59:50Z"))).toBe(
      true,
    );
  });

  it("allows two minutes of clock skew, not more", () => {
    expect(isLostCreate(row, { name: "Acme" }, at("2026-11-28T10:02:00Z"))).toBe(true);
    expect(isLostCreate(row, { name: "Acme" }, at("2026-11-28T10:01:59Z"))).toBe(true);
    expect(isLostCreate(row, { name: "Acme" }, at("2026-11-28T10:02:01Z"))).toBe(false);
  });

  it("refuses another name, or another external id or origin when one was sent", () => {
    const since = at("2026-11-28T09:59:00Z");
    expect(isLostCreate(row, { name: "Acme 2" }, since)).toBe(false);
    expect(isLostCreate(row, { name: "Acme", external_id: "X-2" }, since)).toBe(false);
    expect(isLostCreate(row, { name: "Acme", external_id: "X-1", external_origin: "erp" }, since)).toBe(
      false,
    );
    expect(isLostCreate(row, { name: "Acme", external_id: "X-1", external_origin: "crm" }, since)).toBe(true);
  });
});
