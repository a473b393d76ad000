import { RequireConnection } from "../../settings/index.ts";
import { BackToClientsLink } from "../detail/back-link.tsx";
import { CreateClientForm } from "./create-client-form.tsx";

export function CreateClientPage() {
  return (
    <div className="space-y-6">
      <BackToClientsLink />
      <h1
        id="new-client-heading"
        className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-slate-100"
      >
        New client
      </h1>
      <RequireConnection>
        <CreateClientForm />
      </RequireConnection>
    </div>
  );
}
