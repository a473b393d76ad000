import * as z from "zod/mini";
import type { CreateWebhookBody, UpdateWebhookBody } from "./bodies.ts";
import type { HttpClient } from "./http.ts";
import { type ListParams, listQuery } from "./query.ts";
import { CreatedWebhookData, pageOf, WebhookData } from "./schemas.ts";

/** Webhook management (SPEC §8, scope `integration`); bodies per the SPEC's ASSUMPTION. */

export const WebhookPage = pageOf(WebhookData);

export function listWebhooks(http: HttpClient, params: ListParams = {}) {
  return http.request({ path: "/webhooks", query: listQuery(params), schema: WebhookPage });
}

export function createWebhook(http: HttpClient, body: CreateWebhookBody) {
  return http.request({ method: "POST", path: "/webhooks", body, schema: CreatedWebhookData });
}

export function updateWebhook(http: HttpClient, id: string, body: UpdateWebhookBody) {
  return http.request({
    method: "PATCH",
    path: `/webhooks/${encodeURIComponent(id)}`,
    body,
    schema: WebhookData,
  });
}

/** 204 No Content (ASSUMPTION). */
export function deleteWebhook(http: HttpClient, id: string) {
  return http.request({ method: "DELETE", path: `/webhooks/${encodeURIComponent(id)}`, schema: z.null() });
}
