import { Card } from "../../ui/card.tsx";
import { useConnection } from "./connection-context.tsx";
import { ConnectionForm } from "./connection-form.tsx";
import { CurrentUser } from "./current-user.tsx";
import { NotConnected } from "./not-connected.tsx";

export function SettingsPage() {
  const { state } = useConnection();
  const initial =
    state.status === "connected" ? state.settings : { baseUrl: state.baseUrl, token: "", remember: false };
  // A new connection (saved, disconnected, defaults restored) starts the form afresh from it.
  const formKey = `${state.status}|${initial.baseUrl}|${initial.remember}`;

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-slate-100">Settings</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Where the console finds the Kanbert API, and the token it uses.
        </p>
      </div>
      <Card title="Current user" id="current-user" roomy>
        {state.status === "connected" ? <CurrentUser /> : <NotConnected showSettingsLink={false} />}
      </Card>
      <Card title="Connection" id="connection" roomy>
        <ConnectionForm key={formKey} initial={initial} />
      </Card>
    </div>
  );
}
