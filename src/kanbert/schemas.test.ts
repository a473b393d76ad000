import { describe, expect, it } from "vitest";
import { publishedClientFull, publishedComment, publishedPage, publishedUser } from "./__tests__/samples.ts";
import { ClientFullPage } from "./clients.ts";
import { describeSchemaMismatch } from "./errors.ts";
import { ClientData, ClientFullData, CommentData, UserData, ValidationErrorBody } from "./schemas.ts";

describe("schemas accept the published samples", () => {
  it("parses UserData", () => {
    expect(UserData.parse(publishedUser).type).toBe("user");
  });

  it("parses ClientFullData and the page envelope", () => {
    const page = ClientFullPage.parse(publishedPage);
    expect(page.data[0]?.segment).toBe("A");
    expect(page.meta.next_cursor).toBe("string");
  });

  it("parses ClientData from a full client (extra keys are dropped)", () => {
    expect(Object.keys(ClientData.parse(publishedClientFull))).not.toContain("segment");
  });

  it("parses a CommentData thread with sub_comments, task and the published 'attachements' key", () => {
    const comment = CommentData.parse(publishedComment);
    expect(comment.sub_comments[0]?.comment).toContain("mention");
    expect(comment.attachements[0]?.size).toBe(20480);
    expect(comment.task?.status).toBe("Backlog");
  });

  it("defaults a missing attachements list to []", () => {
    const { attachements: _ignored, ...withoutFiles } = publishedComment;
    expect(CommentData.parse(withoutFiles).attachements).toEqual([]);
  });

  it("parses a 422 body", () => {
    const body = {
      message: "The shortcode has already been taken.",
      errors: { shortcode: ["The shortcode has already been taken."] },
    };
    expect(ValidationErrorBody.parse(body).errors.shortcode).toHaveLength(1);
  });
});

describe("malformed payloads fail with a readable message naming the field path", () => {
  it("names a nested missing field", () => {
    const broken = {
      ...publishedPage,
      data: [{ ...publishedClientFull, primary_contact: { ...publishedUser, email: 5 } }],
    };
    const result = ClientFullPage.safeParse(broken);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(describeSchemaMismatch("GET /clients/full", result.error)).toMatch(
      /^Unexpected response from GET \/clients\/full: data\.0\.primary_contact\.email: .+/,
    );
  });

  it("rejects a segment outside the enum", () => {
    const result = ClientFullData.safeParse({ ...publishedClientFull, segment: "Z" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(describeSchemaMismatch("x", result.error)).toContain("segment");
  });

  it("rejects a reply whose sub_comments is missing (recursion is checked)", () => {
    const reply = { ...publishedComment.sub_comments[0], sub_comments: undefined };
    const result = CommentData.safeParse({ ...publishedComment, sub_comments: [reply] });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(describeSchemaMismatch("x", result.error)).toContain("sub_comments.0.sub_comments");
  });
});
