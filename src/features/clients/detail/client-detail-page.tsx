import type { ClientLookup } from "../../../kanbert/query.ts";
import { RequireConnection } from "../../settings/index.ts";
import { BackToClientsLink } from "./back-link.tsx";
import { ClientDetailView } from "./client-detail-view.tsx";

export interface ClientDetailPageProps {
  /** Which client: by id (`/clients/:id`) or a deep link by shortcode or external id + origin. */
  lookup: ClientLookup;
}

/** The page of one client; every route that names a client renders it. */
export function ClientDetailPage({ lookup }: ClientDetailPageProps) {
  return (
    <div className="space-y-6">
      <BackToClientsLink />
      <RequireConnection>
        <ClientDetailView lookup={lookup} />
      </RequireConnection>
    </div>
  );
}
