import { describe, expect, it } from "vitest";
import {
  CreateClientBody,
  CreateCommentBody,
  CreateWebhookBody,
  ExternalIdentifierBody,
  ShortcodeBody,
  UpdateClientBody,
  UpdateCommentBody,
  UpdateWebhookBody,
} from "./bodies.ts";

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

const NUL = "\u0000";
const forbidden = (label: string) =>
  `The ${label} contains a character that is not allowed (NUL or an unpaired surrogate).`;

describe("client bodies", () => {
  it("trim the name and refuse an empty or too long one with the API's messages", () => {
    expect(CreateClientBody.parse({ name: "  Acme  " })).toEqual({ name: "Acme" });
    expect(messages(CreateClientBody.safeParse({ name: "   " }))).toEqual([
      "name: The name field is required.",
    ]);
    expect(messages(CreateClientBody.safeParse({ name: "a".repeat(256) }))).toEqual([
      "name: The name may not be greater than 255 characters.",
    ]);
    expect(CreateClientBody.safeParse({ name: "a".repeat(255) }).success).toBe(true);
  });

  it("trim the optional texts and name each field in the forbidden-character message", () => {
    expect(
      CreateClientBody.parse({ name: "A", shortcode: " AC ", external_id: " e ", external_origin: " o " }),
    ).toEqual({
      name: "A",
      shortcode: "AC",
      external_id: "e",
      external_origin: "o",
    });
    expect(
      messages(
        CreateClientBody.safeParse({
          name: "A",
          shortcode: NUL,
          primary_contact_id: NUL,
          external_id: NUL,
          external_origin: NUL,
        }),
      ),
    ).toEqual([
      `shortcode: ${forbidden("shortcode")}`,
      `primary_contact_id: ${forbidden("primary contact id")}`,
      `external_id: ${forbidden("external id")}`,
      `external_origin: ${forbidden("external origin")}`,
    ]);
    expect(messages(CreateClientBody.safeParse({ name: "A", shortcode: "s".repeat(256) }))).toHaveLength(1);
  });

  it("an update takes the same rules for the fields it has and drops unknown ones", () => {
    expect(UpdateClientBody.parse({ name: " B ", shortcode: "X" })).toEqual({ name: "B" });
    expect(messages(UpdateClientBody.safeParse({ name: "" }))).toEqual(["name: The name field is required."]);
    expect(ExternalIdentifierBody.parse({ external_id: " e ", external_origin: " o " })).toEqual({
      external_id: "e",
      external_origin: "o",
    });
  });

  it("a shortcode is trimmed, required and at most 255 characters", () => {
    expect(ShortcodeBody.parse({ shortcode: " AC " })).toEqual({ shortcode: "AC" });
    expect(messages(ShortcodeBody.safeParse({ shortcode: " " }))).toEqual([
      "shortcode: The shortcode field is required.",
    ]);
    expect(messages(ShortcodeBody.safeParse({ shortcode: "s".repeat(256) }))).toEqual([
      "shortcode: The shortcode may not be greater than 255 characters.",
    ]);
  });
});

describe("comment bodies", () => {
  it("need a task id and a comment of at most 65,535 characters", () => {
    expect(messages(CreateCommentBody.safeParse({ task_id: "", comment: "" }))).toEqual([
      "task_id: The task id field is required.",
      "comment: The comment field is required.",
    ]);
    expect(messages(CreateCommentBody.safeParse({ task_id: "t-12", comment: "c".repeat(65_536) }))).toEqual([
      "comment: The comment may not be greater than 65535 characters.",
    ]);
    expect(CreateCommentBody.safeParse({ task_id: "t-12", comment: "c".repeat(65_535) }).success).toBe(true);
  });

  it("name each optional field in the forbidden-character message and trim the external ids", () => {
    expect(
      messages(
        CreateCommentBody.safeParse({
          task_id: NUL,
          comment: "c",
          parent_comment_id: NUL,
          external_id: NUL,
          external_origin: NUL,
        }),
      ),
    ).toEqual([
      `task_id: ${forbidden("task id")}`,
      `parent_comment_id: ${forbidden("parent comment id")}`,
      `external_id: ${forbidden("external id")}`,
      `external_origin: ${forbidden("external origin")}`,
    ]);
    expect(CreateCommentBody.parse({ task_id: "t", comment: "c", external_id: " e " }).external_id).toBe("e");
  });

  it("an edit keeps the comment rules", () => {
    expect(messages(UpdateCommentBody.safeParse({ comment: "" }))).toEqual([
      "comment: The comment field is required.",
    ]);
    expect(UpdateCommentBody.parse({ comment: "x", is_public: true, task_id: "t" })).toEqual({
      comment: "x",
      is_public: true,
    });
  });
});

describe("webhook bodies", () => {
  const valid = { url: "https://hooks.example.test/k", events: ["client:update"], project_id: "p-1" };
  const urlMessages = (url: string) => messages(CreateWebhookBody.safeParse({ ...valid, url }));

  it("take an http(s) URL, trimmed, of at most 2048 characters", () => {
    expect(CreateWebhookBody.parse({ ...valid, url: "  http://hooks.example.test  " }).url).toBe(
      "http://hooks.example.test",
    );
    expect(urlMessages("HTTPS://HOOKS.EXAMPLE.TEST/")).toEqual([]);
    expect(urlMessages(" ")).toEqual([
      "url: The url field is required.",
      "url: The url must be a valid URL.",
    ]);
    expect(urlMessages(`https://a.test/${"p".repeat(2040)}`)).toEqual([
      "url: The url may not be greater than 2048 characters.",
    ]);
    for (const bad of [
      "ftp://hooks.example.test",
      "xhttps://hooks.example.test",
      "https://",
      "https://a b.test",
    ]) {
      expect(urlMessages(bad)).toEqual(["url: The url must be a valid URL."]);
    }
  });

  it("need at least one known event", () => {
    expect(messages(CreateWebhookBody.safeParse({ ...valid, events: "client:update" }))).toEqual([
      "events: The events must be a list of known events.",
    ]);
    expect(messages(CreateWebhookBody.safeParse({ ...valid, events: [] }))).toEqual([
      "events: The events field must have at least 1 item.",
    ]);
  });

  it("are scoped to exactly one of a project and a client; comment events need a project", () => {
    const { project_id: _project, ...unscoped } = valid;
    expect(messages(CreateWebhookBody.safeParse(unscoped))).toEqual([
      "project_id: A project id or a client id is required.",
    ]);
    expect(messages(CreateWebhookBody.safeParse({ ...valid, client_id: "c-1" }))).toEqual([
      "client_id: Give a project id or a client id, not both.",
    ]);
    expect(messages(CreateWebhookBody.safeParse({ ...unscoped, client_id: "c-1" }))).toEqual([]);
    expect(
      messages(
        CreateWebhookBody.safeParse({
          ...unscoped,
          client_id: "c-1",
          events: ["client:update", "comment:create"],
        }),
      ),
    ).toEqual([
      "client_id: Subscriptions to task and comment events must be scoped to a project, not a client.",
    ]);
    expect(messages(CreateWebhookBody.safeParse({ ...valid, events: ["comment:create"] }))).toEqual([]);
  });

  it("an update changes url, events and state only, with the same rules", () => {
    expect(UpdateWebhookBody.parse({ url: " https://a.test ", project_id: "p" })).toEqual({
      url: "https://a.test",
    });
    expect(messages(UpdateWebhookBody.safeParse({ events: [] }))).toEqual([
      "events: The events field must have at least 1 item.",
    ]);
  });
});
