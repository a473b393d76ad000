import type { Context } from "hono";
import type { z } from "zod";
import { HttpError, validationError } from "../../backend/http/errors.ts";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const label = (field: string) => field.replaceAll("_", " ");

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The body as text; bytes that are not UTF-8 → 400 (instead of silently becoming U+FFFD). */
async function bodyText(c: Context): Promise<string> {
  const bytes = await c.req.arrayBuffer();
  try {
    return utf8.decode(bytes);
  } catch {
    throw new HttpError(400, "The request body is not valid UTF-8.");
  }
}

/** Reads the JSON body and validates it with a src/kanbert body schema; failures → 422 per field. */
export async function readBody<T>(c: Context, schema: z.ZodType<T>): Promise<T> {
  const text = await bodyText(c);
  let json: unknown = {};
  if (text.trim() !== "") {
    try {
      json = JSON.parse(text);
    } catch {
      throw new HttpError(400, "The request body is not valid JSON.");
    }
  }
  if (!isObject(json)) throw validationError({ body: ["The request body must be a JSON object."] });
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join(".") || "body";
    const missing = issue.path.length === 1 && !(field in json);
    const message = missing ? `The ${label(field)} field is required.` : issue.message;
    errors[field] = [...(errors[field] ?? []), message];
  }
  throw validationError(errors);
}
