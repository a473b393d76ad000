import { describe, expect, it } from "vitest";
import { type Catalogue, parse, validate } from "../filter/index.ts";
import {
  clientsFullCatalogue,
  commentsCatalogue,
  isUserField,
  projectsCatalogue,
  tasksCatalogue,
} from "./catalogue.ts";

/** The comments catalogue (extension): which filters the inbox may send. */

function problems(text: string): string[] {
  const parsed = parse(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  if (parsed.ast === null) return [];
  return validate(parsed.ast, commentsCatalogue).map((problem) => problem.message);
}

describe("commentsCatalogue", () => {
  it("accepts the inbox's quick filters as filter text", () => {
    expect(problems("mentions.id eq me.id")).toEqual([]);
    expect(problems('mentions.id in ["u1", "u2"]')).toEqual([]);
    expect(problems("is_public eq false and created_at gte today-7d")).toEqual([]);
    expect(problems('author.id eq "u1" and task.client_id eq "c1"')).toEqual([]);
    expect(problems('task.client.name contains "acme" or task.client.segment in ["A", "C"]')).toEqual([]);
  });

  it("asks mentions only 'is one of them': no ne, nin or null tests", () => {
    expect(problems('mentions.id ne "u1"')).toHaveLength(1);
    expect(problems('mentions.id nin ["u1"]')).toHaveLength(1);
    expect(problems("mentions.id isnull")).toHaveLength(1);
  });

  it("rejects an unknown segment, an unknown field and a body search", () => {
    expect(problems('task.client.segment eq "D"')).toHaveLength(1);
    expect(problems('body contains "x"')).toHaveLength(1);
    expect(problems('task.client.shortcode eq "X"')).toHaveLength(1);
  });

  it("sorts by creation and last activity, includes the task (with its client on request)", () => {
    expect(commentsCatalogue.sorts).toEqual(["created_at", "updated_at"]);
    expect(commentsCatalogue.includes).toEqual(["task", "task.client"]);
  });
});

describe("isUserField", () => {
  it("is true for the fields that hold a user's id, and only those", () => {
    const userFields = (catalogue: Catalogue) =>
      catalogue.fields.filter((field) => isUserField(field)).map((field) => field.name);
    expect(userFields(clientsFullCatalogue)).toEqual(["primary_contact.id"]);
    expect(userFields(commentsCatalogue)).toEqual(["author.id", "mentions.id"]);
    expect(userFields(tasksCatalogue)).toEqual(["assignee.id"]);
    expect(userFields(projectsCatalogue)).toEqual(["client.primary_contact_id"]);
    expect(isUserField(undefined)).toBe(false);
  });
});
