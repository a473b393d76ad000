import { NotConnected, useConnection } from "../../settings/index.ts";
import { ClientsView } from "./clients-view.tsx";
import { PageHeader } from "./page-header.tsx";

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
