import type { ClientFullData, ProjectData } from "../../../kanbert/schemas.ts";
import { Card } from "../../../ui/card.tsx";

const cell = "px-3 py-2 text-left";
const HEADERS = ["Project", "Code", "Status", "Acquisition"] as const;

function StatusBadge({ status }: { status: ProjectData["status"] }) {
  const tone =
    status === "running"
      ? "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-200"
      : "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200";
  return (
    <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${tone}`}>
      {status === "running" ? "Running" : "Closed"}
    </span>
  );
}

/** The client's projects with their status and whether each is an acquisition. */
export function ClientProjects({ full }: { full: ClientFullData | null }) {
  const projects = full?.projects;
  return (
    <Card id="client-projects-heading" title="Projects">
      {!projects || projects.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
          {projects ? "This client has no projects." : "The projects of this client could not be loaded."}
        </p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">Projects of this client</caption>
            <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-700 dark:text-slate-400">
              <tr>
                {HEADERS.map((header) => (
                  <th key={header} scope="col" className={cell}>
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 text-slate-900 dark:divide-slate-800 dark:text-slate-100">
              {projects.map((project) => (
                <tr key={project.id}>
                  <td className={cell}>{project.title}</td>
                  <td className={`${cell} font-mono text-xs`}>{project.shortcode}</td>
                  <td className={cell}>
                    <StatusBadge status={project.status} />
                  </td>
                  <td className={cell}>{project.is_acquisition ? "Yes" : "No"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
