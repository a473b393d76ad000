import { type ErrorComponentProps, Link, useRouter } from "@tanstack/react-router";
import { useDocumentTitle } from "../lib/use-document-title.ts";
import { Button } from "../ui/button.tsx";
import { buttonClasses } from "../ui/button-classes.ts";

export function NotFoundPage() {
  useDocumentTitle("Page not found");
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="text-sm font-semibold text-indigo-700 dark:text-indigo-300">404</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-slate-900 dark:text-slate-100">
        Page not found
      </h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        There is no page at this address. It may have moved, or the link may be mistyped.
      </p>
      <Link to="/clients" className={`${buttonClasses("primary")} mt-6`}>
        Go to clients
      </Link>
    </div>
  );
}

/** Catches what a page throws while rendering or loading: says so plainly and offers a way back. */
export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-slate-100">
        This page could not be shown
      </h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        Something went wrong while showing it. Retrying often helps; if not, reload the page.
      </p>
      <pre className="mt-4 overflow-x-auto rounded-md bg-slate-100 p-3 text-left text-xs whitespace-pre-wrap text-slate-800 dark:bg-slate-800 dark:text-slate-200">
        {message}
      </pre>
      <div className="mt-6 flex justify-center gap-3">
        <Button
          variant="primary"
          onClick={() => {
            reset();
            void router.invalidate();
          }}
        >
          Retry
        </Button>
        <Button onClick={() => window.location.reload()}>Reload page</Button>
      </div>
    </div>
  );
}
