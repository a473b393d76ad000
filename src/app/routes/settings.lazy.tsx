import { createLazyRoute } from "@tanstack/react-router";
import { SettingsPage } from "../../features/settings/settings-page.tsx";
import { useDocumentTitle } from "../../lib/use-document-title.ts";

function SettingsRoute() {
  useDocumentTitle("Settings");
  return <SettingsPage />;
}

export const Route = createLazyRoute("/settings")({ component: SettingsRoute });
