import { createLazyRoute } from "@tanstack/react-router";
import { ClientDetailPage } from "../../features/clients/detail/client-detail-page.tsx";
import { useDocumentTitle } from "../../lib/use-document-title.ts";

function ClientDetailRoute() {
  const { clientId } = Route.useParams();
  useDocumentTitle("Client");
  return <ClientDetailPage clientId={clientId} />;
}

export const Route = createLazyRoute("/clients/$clientId")({ component: ClientDetailRoute });
