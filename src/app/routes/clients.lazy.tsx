import { ClientsPage } from "../../features/clients/page/clients-page.tsx";
import { useDocumentTitle } from "../../lib/use-document-title.ts";

/** The /clients page, in a chunk of its own (router.tsx renders it behind its own Suspense). */
export function ClientsRoute() {
  useDocumentTitle("Clients");
  return <ClientsPage />;
}
