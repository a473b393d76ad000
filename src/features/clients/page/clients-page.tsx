import type { ReactNode } from "react";
import { NotConnected, useConnection } from "../../settings/index.ts";
import { ClientsView } from "./clients-view.tsx";

function PageHeader({ actions }: { actions?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-slate-100">Clients</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Every client of your space. Filter, sort and pick columns; the address bar keeps the view.
        </p>
      </div>
      {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
    </div>
  );
}

export function ClientsPage() {
  const { state } = useConnection();
  if (state.status !== "connected") {
    return (
      <div className="space-y-5">
        <PageHeader />
        <NotConnected />
      </div>
    );
  }
  return <ClientsView header={(actions) => <PageHeader actions={actions} />} />;
}
