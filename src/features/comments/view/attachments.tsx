import type { FileData } from "../../../kanbert/schemas.ts";

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** Attached files: name, type and size (the API documents no download URL). */
export function Attachments({ files }: { files: readonly FileData[] }) {
  if (files.length === 0) return null;
  return (
    <ul aria-label="Attachments" className="mt-2 flex flex-wrap gap-2">
      {files.map((file) => (
        <li
          key={file.id}
          className="rounded-md border border-slate-200 bg-slate-50 px-2 py-1 text-xs text-slate-700 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-300"
        >
          <span className="font-medium text-slate-900 dark:text-slate-100">{file.file_name}</span>
          {" · "}
          {file.mime_type}
          {" · "}
          {formatSize(file.size)}
        </li>
      ))}
    </ul>
  );
}
