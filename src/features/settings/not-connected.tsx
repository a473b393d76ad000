import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { Button } from "../../ui/button.tsx";
import { buttonClasses } from "../../ui/button-classes.ts";
import { EmptyState } from "../../ui/empty-state.tsx";
import { useConnection } from "./connection-context.tsx";

/** Shown instead of data while no token is set: the ways to connect. */
export function NotConnected({ showSettingsLink = true }: { showSettingsLink?: boolean }) {
  const { restoreDefaults, hasDefaultConnection } = useConnection();
  return (
    <EmptyState
      title="Not connected"
      actions={
        <>
          {showSettingsLink && (
            <Link to="/settings" className={buttonClasses("primary")}>
              Connect in Settings
            </Link>
          )}
          {hasDefaultConnection && <Button onClick={restoreDefaults}>Use local emulator</Button>}
        </>
      }
    >
      {hasDefaultConnection
        ? "Connect to a Kanbert API with a base URL and a token to see your data, or use the local emulator with its development token."
        : "Enter the API base URL and your Kanbert API token in Settings to see your data."}
    </EmptyState>
  );
}

/** Renders its children only while connected (so they may call `useHttp()`), otherwise the way to connect. */
export function RequireConnection({ children }: { children: ReactNode }) {
  const { state } = useConnection();
  return state.status === "connected" ? children : <NotConnected />;
}
