import { describe, expect, it } from "vitest";
import { changedSince, conflictingFields, type EditFields, mergeEdits } from "./edit-conflict.ts";

const ann = {
  id: "u-ann",
  first_name: "Ann",
  last_name: "Lee",
  email: "ann@example.com",
  type: "user" as const,
  space: { id: "s-1", name: "Main" },
};
const bob = {
  id: "u-bob",
  first_name: "Bob",
  last_name: "Ray",
  email: "bob@example.com",
  type: "user" as const,
  space: { id: "s-1", name: "Main" },
};

const base: EditFields = { name: "Acme", segment: "B", primary_contact: ann };

describe("edit conflicts", () => {
  it("sees a change on the server by updated_at or by values", () => {
    expect(
      changedSince(
        { fields: base, updatedAt: "2026-01-01T00:00:00Z" },
        { fields: base, updatedAt: "2026-01-01T00:00:00Z" },
      ),
    ).toBe(false);
    expect(
      changedSince(
        { fields: base, updatedAt: "2026-01-01T00:00:00Z" },
        { fields: base, updatedAt: "2026-01-01T00:00:01Z" },
      ),
    ).toBe(true);
    expect(
      changedSince({ fields: base, updatedAt: null }, { fields: { ...base, segment: "A" }, updatedAt: null }),
    ).toBe(true);
  });

  it("is a conflict only where both sides changed a field to different values", () => {
    const mine: EditFields = { name: "Acme Mine", segment: "C", primary_contact: bob };
    const theirs: EditFields = { name: "Acme Theirs", segment: "C", primary_contact: ann };
    // segment: both made it C (no conflict); contact: only mine changed (no conflict).
    expect(conflictingFields(base, mine, theirs)).toEqual(["name"]);
    expect(conflictingFields(base, base, theirs)).toEqual([]);
    expect(conflictingFields(base, mine, base)).toEqual([]);
  });

  it("compares contacts by id", () => {
    const mine: EditFields = { ...base, primary_contact: { ...bob } };
    const theirs: EditFields = { ...base, primary_contact: null };
    expect(conflictingFields(base, mine, theirs)).toEqual(["primary_contact"]);
    expect(
      conflictingFields(base, { ...base, primary_contact: { ...ann, first_name: "Annie" } }, theirs),
    ).toEqual([]);
  });

  it("saves the user's changes, the server's values where the user changed nothing, and their choices", () => {
    const mine: EditFields = { name: "Mine", segment: "B", primary_contact: bob };
    const theirs: EditFields = { name: "Theirs", segment: "C", primary_contact: null };
    // segment untouched by the user → the server's C; name and contact changed by both → mine by default.
    expect(mergeEdits(base, mine, theirs)).toEqual({ name: "Mine", segment: "C", primary_contact: bob });
    expect(mergeEdits(base, mine, theirs, { name: "theirs" })).toEqual({
      name: "Theirs",
      segment: "C",
      primary_contact: bob,
    });
    expect(mergeEdits(base, mine, theirs, { name: "mine", primary_contact: "theirs" })).toEqual({
      name: "Mine",
      segment: "C",
      primary_contact: null,
    });
  });
});
