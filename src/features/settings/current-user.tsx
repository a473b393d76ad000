import type { UserData } from "../../kanbert/schemas.ts";
import { Spinner } from "../../ui/spinner.tsx";
import { useWhoami } from "../users/index.ts";
import { QueryErrorState } from "./query-error-state.tsx";

const typeLabel: Record<UserData["type"], string> = {
  user: "user",
  guest: "guest",
  tax_advisor: "tax advisor",
  integration: "integration user",
};

/** "Console Integration (console@…) — integration user": who a token acts as. */
export function describeUser(user: UserData): string {
  return `${user.first_name} ${user.last_name} (${user.email}) — ${typeLabel[user.type]}`;
}

/** Who the saved token acts as; needs a connection. Shown on Settings, so it never links there. */
export function CurrentUser() {
  const { data, error, isPending, refetch, isRefetching } = useWhoami();
  if (isPending) {
    return (
      <p className="flex items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
        <Spinner /> Checking the saved connection…
      </p>
    );
  }
  if (error) {
    return (
      <QueryErrorState
        error={error}
        what="the current user"
        settingsLink={false}
        onRetry={() => refetch()}
        retrying={isRefetching}
      />
    );
  }
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[auto_1fr]">
      <dt className="font-medium text-slate-600 dark:text-slate-400">Signed in as</dt>
      <dd className="text-slate-900 dark:text-slate-100">
        {data.first_name} {data.last_name}
      </dd>
      <dt className="font-medium text-slate-600 dark:text-slate-400">Email</dt>
      <dd className="text-slate-900 dark:text-slate-100">{data.email}</dd>
      <dt className="font-medium text-slate-600 dark:text-slate-400">Type</dt>
      <dd className="text-slate-900 dark:text-slate-100">{typeLabel[data.type]}</dd>
      <dt className="font-medium text-slate-600 dark:text-slate-400">Space</dt>
      <dd className="text-slate-900 dark:text-slate-100">{data.space.name}</dd>
    </dl>
  );
}
