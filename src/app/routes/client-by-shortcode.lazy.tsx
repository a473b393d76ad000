import { createLazyRoute } from "@tanstack/react-router";
import { ClientDetailPage } from "../../features/clients/detail/client-detail-page.tsx";

/** Deep link `/clients/by-shortcode/:shortcode` (`find_by=shortcode`). */
function ClientByShortcodeRoute() {
  const { shortcode } = Route.useParams();
  return <ClientDetailPage lookup={{ key: shortcode, findBy: "shortcode" }} />;
}

export const Route = createLazyRoute("/clients/by-shortcode/$shortcode")({
  component: ClientByShortcodeRoute,
});
