import { describe, expect, it } from "vitest";
import { publishedComment } from "./__tests__/samples.ts";
import {
  ClientSegment,
  CommentDelivery,
  CommentEvent,
  CreatedWebhookData,
  ProjectData,
  ProjectStatus,
  SpaceData,
  TaskStatus,
  UserType,
  WebhookData,
} from "./schemas.ts";

describe("the API's enums, as published", () => {
  it("lists every value", () => {
    expect(UserType.options).toEqual(["user", "guest", "tax_advisor", "integration"]);
    expect(ClientSegment.options).toEqual(["A", "B", "C"]);
    expect(ProjectStatus.options).toEqual(["running", "closed"]);
    expect(TaskStatus.options).toEqual(["Backlog", "New", "WIP", "Completed", "Approved", "Closed"]);
    expect(CommentEvent.options).toEqual(["comment:create", "comment:update", "comment:delete"]);
  });
});

describe("objects keep their documented fields", () => {
  it("a space and a project with its type", () => {
    expect(SpaceData.parse({ id: "s1", name: "Main", extra: 1 })).toEqual({ id: "s1", name: "Main" });
    const project = {
      id: "p1",
      external_id: null,
      external_origin: null,
      title: "Audit",
      shortcode: "AUD",
      project_type: { id: "pt1", title: "Audit", shortcode: "AU", color: "#fff", order: 1, is_default: true },
      status: "running",
      is_acquisition: false,
      is_private: false,
      start_date: null,
      end_date: null,
    };
    expect(ProjectData.parse(project)).toEqual(project);
    expect(ProjectData.safeParse({ ...project, project_type: { id: "pt1" } }).success).toBe(false);
  });

  it("a webhook, and its secret only when just created", () => {
    const webhook = {
      id: "w1",
      url: "https://hooks.example.test",
      events: ["comment:create"],
      project_id: "p1",
      client_id: null,
      is_active: true,
      created_at: "2026-01-01T00:00:00Z",
      updated_at: "2026-01-01T00:00:00Z",
    };
    expect(WebhookData.parse({ ...webhook, secret: "s" })).toEqual(webhook);
    expect(CreatedWebhookData.parse({ ...webhook, secret: "s" })).toEqual({ ...webhook, secret: "s" });
    expect(CreatedWebhookData.safeParse(webhook).success).toBe(false);
  });

  it("a comment delivery carries its event and the comment", () => {
    const delivery = CommentDelivery.parse({ event: "comment:update", data: publishedComment });
    expect(delivery.event).toBe("comment:update");
    expect(delivery.data.id).toBe(publishedComment.id);
    expect(CommentDelivery.safeParse({ event: "client:update", data: publishedComment }).success).toBe(false);
  });
});
