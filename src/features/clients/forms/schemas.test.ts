import { describe, expect, it } from "vitest";
import { CreateClientBody } from "../../../kanbert/bodies.ts";
import { someUser } from "../api/test-rows.ts";
import {
  createClientForm,
  editClientForm,
  externalIdentifierForm,
  shortcodeForm,
  toCreateBody,
  toExternalIdentifierBody,
  toUpdateBody,
} from "./schemas.ts";

const messages = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => result.error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ?? [];

const blank = {
  name: "",
  shortcode: "",
  segment: "B",
  primary_contact: null,
  external_id: "",
  external_origin: "",
};

describe("form schemas derived from the request bodies", () => {
  it("says on the field when text holds a NUL or an unpaired surrogate", () => {
    const bad = "The name contains a character that is not allowed (NUL or an unpaired surrogate).";
    expect(messages(createClientForm.safeParse({ ...blank, name: "Acme\u0000" }))).toEqual([`name: ${bad}`]);
    expect(
      messages(editClientForm.safeParse({ name: "Acme\ud800", segment: "B", primary_contact: null })),
    ).toEqual([`name: ${bad}`]);
    expect(messages(shortcodeForm.safeParse({ shortcode: "AC\u0000" }))).toEqual([
      "shortcode: The shortcode contains a character that is not allowed (NUL or an unpaired surrogate).",
    ]);
  });

  it("keeps the body's rules for the name: required, ≤ 255, trimmed", () => {
    expect(messages(createClientForm.safeParse(blank))).toEqual(["name: The name field is required."]);
    expect(messages(createClientForm.safeParse({ ...blank, name: "x".repeat(256) }))).toEqual([
      "name: The name may not be greater than 255 characters.",
    ]);
    expect(messages(editClientForm.safeParse({ name: "  ", segment: "A", primary_contact: null }))).toEqual([
      "name: The name field is required.",
    ]);
    expect(createClientForm.parse({ ...blank, name: "  Acme  " }).name).toBe("Acme");
    // Same message text as the API's 422, so a rule reads the same wherever it trips.
    expect(messages(CreateClientBody.safeParse({ name: "" }))).toEqual(["name: The name field is required."]);
  });

  it("checks the shortcode and external identifier like their bodies", () => {
    expect(messages(shortcodeForm.safeParse({ shortcode: " " }))).toEqual([
      "shortcode: The shortcode field is required.",
    ]);
    expect(
      externalIdentifierForm.safeParse({ external_id: "x".repeat(256), external_origin: "" }).success,
    ).toBe(false);
    expect(createClientForm.safeParse({ ...blank, name: "A", segment: "D" }).success).toBe(false);
  });
});

describe("form values → request bodies", () => {
  it("creates with empty optional fields left to the server", () => {
    const values = createClientForm.parse({ ...blank, name: "Acme", external_origin: "crm" });
    expect(toCreateBody(values)).toEqual({
      name: "Acme",
      segment: "B",
      primary_contact_id: null,
      external_id: null,
      external_origin: null,
    });
    const full = createClientForm.parse({
      ...blank,
      name: "Acme",
      shortcode: " AC ",
      segment: "A",
      primary_contact: someUser,
      external_id: "E-1",
      external_origin: "crm",
    });
    expect(toCreateBody(full)).toMatchObject({
      shortcode: "AC",
      primary_contact_id: "u1",
      external_id: "E-1",
      external_origin: "crm",
    });
  });

  it("patches only what changed, and null clears the contact", () => {
    const baseline = { name: "Acme", segment: "B", primary_contact: someUser };
    expect(toUpdateBody({ name: "Acme", segment: "B", primary_contact: someUser }, baseline)).toEqual({});
    expect(toUpdateBody({ name: "Acme 2", segment: "C", primary_contact: null }, baseline)).toEqual({
      name: "Acme 2",
      segment: "C",
      primary_contact_id: null,
    });
  });

  it("clears the external identifier with an empty id, and lets the server default the origin", () => {
    expect(toExternalIdentifierBody({ external_id: "", external_origin: "crm" })).toEqual({
      externalId: null,
      origin: null,
    });
    expect(toExternalIdentifierBody({ external_id: "E", external_origin: "" })).toEqual({
      externalId: "E",
      origin: null,
    });
  });
});
