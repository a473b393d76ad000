import { Link } from "@tanstack/react-router";
import { isApiError } from "../../kanbert/errors.ts";
import { buttonClasses } from "../../ui/button-classes.ts";
import { ErrorState } from "../../ui/error-state.tsx";
import { useConnection } from "./connection-context.tsx";
import { describeConnectionError } from "./describe-error.ts";

export interface QueryErrorStateProps {
  error: unknown;
  /** What failed to load, e.g. "the clients". */
  what: string;
  onRetry: () => void;
  retrying?: boolean;
  /** Offer "Open Settings" on a 401; off where the settings are already shown. */
  settingsLink?: boolean;
}

/** The error of a failed query in plain words; a rejected token leads to the settings. */
export function QueryErrorState({
  error,
  what,
  onRetry,
  retrying,
  settingsLink = true,
}: QueryErrorStateProps) {
  const { state } = useConnection();
  const baseUrl = state.status === "connected" ? state.settings.baseUrl : state.baseUrl;
  const unauthorized = isApiError(error) && error.status === 401;
  return (
    <ErrorState
      title={unauthorized ? "Not signed in to the API" : `Could not load ${what}`}
      message={describeConnectionError(error, baseUrl)}
      onRetry={onRetry}
      retrying={retrying}
      actions={
        unauthorized &&
        settingsLink && (
          <Link to="/settings" className={buttonClasses("primary", "sm")}>
            Open Settings
          </Link>
        )
      }
    />
  );
}
