import { createLazyRoute } from "@tanstack/react-router";
import { ClientDetailPage } from "../../features/clients/detail/client-detail-page.tsx";

function ClientDetailRoute() {
  const { clientId } = Route.useParams();
  return <ClientDetailPage lookup={{ key: clientId }} />;
}

export const Route = createLazyRoute("/clients/$clientId")({ component: ClientDetailRoute });
