import { createLazyRoute } from "@tanstack/react-router";
import { ClientDetailPage } from "../../features/clients/detail/client-detail-page.tsx";

/** Deep link `/clients/by-external/:origin/:externalId` (`find_by=external_id&origin=…`). */
function ClientByExternalRoute() {
  const { origin, externalId } = Route.useParams();
  return <ClientDetailPage lookup={{ key: externalId, findBy: "external_id", origin }} />;
}

export const Route = createLazyRoute("/clients/by-external/$origin/$externalId")({
  component: ClientByExternalRoute,
});
