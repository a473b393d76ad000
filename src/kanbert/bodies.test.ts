import { describe, expect, it } from "vitest";
import { CreateClientBody, CreateCommentBody, ShortcodeBody } from "./bodies.ts";

const messages = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.error?.issues ?? []).map((issue) => `${issue.path.join(".")}: ${issue.message}`);

describe("request bodies refuse text the database cannot hold", () => {
  it("names the field of a NUL or a lone surrogate (the forms show this message)", () => {
    expect(messages(CreateClientBody.safeParse({ name: "Acme\u0000" }))).toEqual([
      "name: The name contains a character that is not allowed (NUL or an unpaired surrogate).",
    ]);
    expect(messages(ShortcodeBody.safeParse({ shortcode: "AC\ud800" }))).toEqual([
      "shortcode: The shortcode contains a character that is not allowed (NUL or an unpaired surrogate).",
    ]);
    expect(messages(CreateCommentBody.safeParse({ task_id: "t", comment: "\udc00 hi" }))).toEqual([
      "comment: The comment contains a character that is not allowed (NUL or an unpaired surrogate).",
    ]);
  });

  it("accepts surrogate pairs and ordinary control-free text", () => {
    expect(CreateClientBody.safeParse({ name: "Łódź 🚀", external_id: "E-1" }).success).toBe(true);
    expect(CreateCommentBody.safeParse({ task_id: "t", comment: "line\nbreak\ttab 😀" }).success).toBe(true);
  });
});
