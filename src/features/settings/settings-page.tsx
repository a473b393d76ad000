import type { ReactNode } from "react";
import { useConnection } from "./connection-context.tsx";
import { ConnectionForm } from "./connection-form.tsx";
import { CurrentUser } from "./current-user.tsx";
import { NotConnected } from "./not-connected.tsx";

function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <section
      aria-labelledby={id}
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id={id} className="mb-4 text-base font-semibold text-slate-900 dark:text-slate-100">
        {title}
      </h2>
      {children}
    </section>
  );
}

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
      <Section title="Current user" id="current-user">
        {state.status === "connected" ? <CurrentUser /> : <NotConnected showSettingsLink={false} />}
      </Section>
      <Section title="Connection" id="connection">
        <ConnectionForm key={formKey} initial={initial} />
      </Section>
    </div>
  );
}
