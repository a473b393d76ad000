import type { Context } from "hono";

/** An error answer in the API's shapes (SPEC §4). Thrown anywhere; rendered by the app's onError. */
export class HttpError extends Error {
  readonly status: 400 | 401 | 403 | 404 | 422 | 429;
  readonly errors: Record<string, string[]> | undefined;

  constructor(status: HttpError["status"], message: string, errors?: Record<string, string[]>) {
    super(message);
    this.status = status;
    this.errors = errors;
  }
}

export const badRequest = (message: string) => new HttpError(400, message);
export const notFound = () => new HttpError(404, "Not Found");

/** Laravel style: the first message (plus "and N more") as overview, every message per field. */
export function validationError(errors: Record<string, string[]>): HttpError {
  const all = Object.values(errors).flat();
  const first = all[0] ?? "The given data was invalid.";
  const more = all.length - 1;
  const message = more > 0 ? `${first} (and ${more} more error${more > 1 ? "s" : ""})` : first;
  return new HttpError(422, message, errors);
}

export function fieldError(field: string, message: string): HttpError {
  return validationError({ [field]: [message] });
}

export function renderHttpError(c: Context, error: HttpError): Response {
  const body = error.errors ? { message: error.message, errors: error.errors } : { message: error.message };
  return c.json(body, error.status);
}
