/**
 * The first page of `/clients` as the production server sent it with the page (src/app/server-render.tsx
 * rendered the rows; server/first-page.ts put the API's answer beside them, in a JSON script element
 * that never runs). The entry reads it (boot.ts): the table's query takes the answer over instead of
 * asking again, and the app renders the page at once in the server's rows' place, not its loading
 * shape first, so the rows never disappear.
 */
export interface FirstPage {
  /** The request's path and query under the API's base URL, e.g. `/clients/full?sort=name&…`. */
  path: string;
  /** The API's answer, as it sent it. */
  body: string;
  /** The height of the viewport the rows were rendered for, in CSS px (as many rows as it shows). */
  viewportHeight: number;
}

/** The id of the element that carries the first page. */
const FIRST_PAGE_ELEMENT_ID = "kanbert-first-page";

/**
 * The element that carries the first page, as the server writes it after `#root`: JSON in a script
 * element that never runs (so the CSP has nothing to allow), with every `<` escaped, so that the
 * API's data can neither end the element nor open a comment in it.
 */
export function firstPageElement(page: FirstPage): string {
  const json = JSON.stringify(page).replaceAll("<", "\\u003c");
  return `<script type="application/json" id="${FIRST_PAGE_ELEMENT_ID}">${json}</script>`;
}

/**
 * `rowsFor`: the viewport height the server rendered the page's rows for (it keeps a token for this
 * browser), `null` when it sent none. `shown`: the app takes those rows over (it is connected too)
 * and renders the page at once in their place.
 */
export const pageFromServer: { rowsFor: number | null; shown: boolean } = { rowsFor: null, shown: false };

/** The first page the server sent, or `null`; the element is removed either way. */
export function takeFirstPage(document: Document): FirstPage | null {
  const element = document.getElementById(FIRST_PAGE_ELEMENT_ID);
  if (!element) return null;
  element.remove();
  try {
    const value: unknown = JSON.parse(element.textContent ?? "");
    if (typeof value !== "object" || value === null) return null;
    const path = "path" in value ? value.path : undefined;
    const body = "body" in value ? value.body : undefined;
    const viewportHeight = "viewportHeight" in value ? value.viewportHeight : undefined;
    if (typeof path !== "string" || !path.startsWith("/") || typeof body !== "string") return null;
    if (typeof viewportHeight !== "number" || !Number.isInteger(viewportHeight) || viewportHeight <= 0)
      return null;
    return { path, body, viewportHeight };
  } catch {
    return null;
  }
}
