import { Link } from "@tanstack/react-router";
import type { ClientLookup } from "../../../kanbert/query.ts";
import { buttonClasses } from "../../../ui/button-classes.ts";

function describe(lookup: ClientLookup): string {
  switch (lookup.findBy ?? "id") {
    case "shortcode":
      return `the shortcode “${lookup.key}”`;
    case "external_id":
      return lookup.origin
        ? `the external id “${lookup.key}” from “${lookup.origin}”`
        : `the external id “${lookup.key}”`;
    default:
      return `the id “${lookup.key}”`;
  }
}

/** The lookup names no client (404): says so as the page's heading, with the way back to the list. */
export function ClientNotFound({ lookup }: { lookup: ClientLookup }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 px-6 py-12 text-center dark:border-slate-700">
      <p className="text-sm font-semibold text-indigo-700 dark:text-indigo-300">404</p>
      <h1 className="mt-1 text-xl font-semibold tracking-tight text-slate-900 dark:text-slate-100">
        Client not found
      </h1>
      <p className="mx-auto mt-2 max-w-md text-sm text-slate-600 dark:text-slate-400">
        No client with {describe(lookup)} exists in this space. It may have been removed, or the link may be
        mistyped.
      </p>
      <Link to="/clients" className={`${buttonClasses("primary")} mt-5`}>
        Show all clients
      </Link>
    </div>
  );
}
