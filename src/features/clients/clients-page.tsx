import { EmptyState } from "../../ui/empty-state.tsx";
import { QueryErrorState, RequireConnection } from "../settings/index.ts";
import { useClientsFirstPage } from "./api/use-clients-first-page.ts";
import { ClientsTable } from "./table/clients-table.tsx";
import { ClientsTableSkeleton } from "./table/clients-table-skeleton.tsx";

export function ClientsPage() {
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-slate-100">Clients</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          The first 50 clients of your space, sorted by name.
        </p>
      </div>
      <RequireConnection>
        <ClientsList />
      </RequireConnection>
    </div>
  );
}

function ClientsList() {
  const { data, error, isPending, refetch, isRefetching } = useClientsFirstPage();
  if (isPending) {
    return (
      <>
        <p role="status" className="sr-only">
          Loading clients…
        </p>
        <ClientsTableSkeleton />
      </>
    );
  }
  if (error) {
    return (
      <QueryErrorState error={error} what="the clients" onRetry={() => refetch()} retrying={isRefetching} />
    );
  }
  if (data.data.length === 0) {
    return (
      <EmptyState title="No clients yet">
        This space has no active clients. Clients created in Kanbert or through the API show up here.
      </EmptyState>
    );
  }
  return <ClientsTable clients={data.data} caption="Clients, sorted by name" />;
}
