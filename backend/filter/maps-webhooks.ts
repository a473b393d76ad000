import type { FieldMap } from "./field-map.ts";
import { column } from "./field-map.ts";

/** `GET /webhooks` over `webhooks w` (SPEC §6.3). */
export const webhooksFields: FieldMap = {
  url: column("w.url", "text"),
  created_at: column("w.created_at", "datetime"),
};
