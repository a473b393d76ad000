import { createLazyRoute } from "@tanstack/react-router";
import { ClientsPage } from "../../features/clients/page/clients-page.tsx";
import { useDocumentTitle } from "../../lib/use-document-title.ts";

function ClientsRoute() {
  useDocumentTitle("Clients");
  return <ClientsPage />;
}

export const Route = createLazyRoute("/clients")({ component: ClientsRoute });
