import { Link, Outlet } from "@tanstack/react-router";
// The button only, not goto's index: its search hook (zod schemas, which bundlers must keep)
// would pull the API schemas into the entry chunk.
import { GoToClient } from "../features/goto/go-to-client.tsx";
import { cn } from "../lib/cn.ts";
import { deferred } from "../ui/deferred.tsx";
import { focusRing } from "../ui/focus.ts";
import { ThemeToggle } from "./theme-toggle.tsx";

/**
 * Loaded once the page's content is shown: the count needs the API client, schemas and the inbox's
 * code (a dozen chunks and two requests), which would otherwise compete with the page's first data.
 */
const MentionsCount = deferred<Record<string, never>>(
  () => import("../features/inbox/index.ts").then((module) => module.MentionsCount),
  () => null,
);

const navLink = cn(
  "rounded-md px-2 py-1.5 text-sm sm:px-3 font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900",
  "dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-slate-100",
  "data-[status=active]:bg-slate-100 data-[status=active]:text-slate-900",
  "dark:data-[status=active]:bg-slate-800 dark:data-[status=active]:text-white",
  focusRing,
);

function LogoMark() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6 text-indigo-600 dark:text-indigo-400">
      <rect x="2" y="3" width="6" height="18" rx="1.5" fill="currentColor" />
      <rect x="9" y="3" width="6" height="12" rx="1.5" fill="currentColor" opacity="0.7" />
      <rect x="16" y="3" width="6" height="7" rx="1.5" fill="currentColor" opacity="0.45" />
    </svg>
  );
}

export function Layout() {
  return (
    <div className="flex min-h-screen flex-col bg-slate-50 dark:bg-slate-950">
      <a
        href="#main"
        className="sr-only rounded-md bg-white px-3 py-2 text-sm font-medium text-slate-900 shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 dark:bg-slate-900 dark:text-slate-100"
      >
        Skip to main content
      </a>
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex min-h-14 w-full max-w-[100rem] flex-wrap items-center gap-x-2 gap-y-1 px-4 py-2 sm:flex-nowrap sm:gap-8 sm:px-6 sm:py-0">
          <span className="flex items-center gap-2 text-base font-semibold text-slate-900 dark:text-slate-100">
            <LogoMark />
            {/* Below 400 px the mark alone leaves room for the navigation and the buttons. */}
            <span className="max-[399px]:sr-only">
              Kanbert <span className="hidden sm:inline">Console</span>
            </span>
          </span>
          <nav aria-label="Main">
            <ul className="flex items-center gap-1">
              <li>
                <Link to="/clients" className={navLink}>
                  Clients
                </Link>
              </li>
              <li>
                <Link to="/comments" className={navLink}>
                  Comments
                  <MentionsCount />
                </Link>
              </li>
              <li>
                <Link to="/settings" className={navLink}>
                  Settings
                </Link>
              </li>
            </ul>
          </nav>
          <div className="ml-auto flex items-center gap-1 sm:gap-2">
            <GoToClient />
            <ThemeToggle />
          </div>
        </div>
      </header>
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-[100rem] flex-1 px-4 py-8 focus:outline-none sm:px-6"
      >
        <Outlet />
      </main>
    </div>
  );
}
