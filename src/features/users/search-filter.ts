import { cond, or, print } from "../../filter/index.ts";

/** The `GET /users` filter for a search text: first name, last name or e-mail contains it. */
export function userSearchFilter(text: string): string | null {
  const term = text.trim();
  if (!term) return null;
  return print(
    or(
      cond("first_name", "contains", term),
      cond("last_name", "contains", term),
      cond("email", "contains", term),
    ),
  );
}
