import { useEffect } from "react";
import { firstContent } from "../../../ui/first-content.ts";
import { NotConnected, useConnection } from "../../settings/index.ts";
import { ClientsView } from "./clients-view.tsx";
import { PageHeader } from "./page-header.tsx";

export function ClientsPage() {
  const { state } = useConnection();
  const connected = state.status === "connected";
  // Not connected, the page's content is the way to connect: deferred code need wait no longer.
  useEffect(() => {
    if (!connected) firstContent.mark();
  }, [connected]);
  if (!connected) {
    return (
      <div className="space-y-5">
        <PageHeader />
        <NotConnected />
      </div>
    );
  }
  return <ClientsView header={(actions) => <PageHeader actions={actions} />} />;
}
