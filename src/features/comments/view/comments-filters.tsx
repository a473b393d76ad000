import { useId } from "react";
import type { TaskData } from "../../../kanbert/schemas.ts";
import { inputClasses } from "../../../ui/field.tsx";
import type { CommentFilters, Visibility } from "../api/keys.ts";
import { TaskSelect } from "../compose/composer-fields.tsx";

const VISIBILITIES: readonly [Visibility, string][] = [
  ["all", "Public and internal"],
  ["public", "Public only"],
  ["internal", "Internal only"],
];

function isVisibility(value: string): value is Visibility {
  return VISIBILITIES.some(([key]) => key === value);
}

/** Which threads to show: one task or all, public/internal/both. */
export function CommentsFilters(props: {
  tasks: readonly TaskData[];
  value: CommentFilters;
  onChange: (filters: CommentFilters) => void;
}) {
  const id = useId();
  const { value, onChange } = props;
  return (
    <fieldset className="flex flex-wrap items-end gap-4">
      <legend className="sr-only">Filter comments</legend>
      <TaskSelect
        label="Task"
        allLabel="All tasks"
        tasks={props.tasks}
        value={value.taskId ?? ""}
        onChange={(taskId) => onChange({ ...value, taskId: taskId === "" ? null : taskId })}
      />
      <div className="min-w-48 space-y-1.5">
        <label htmlFor={id} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
          Show
        </label>
        <select
          id={id}
          className={inputClasses}
          value={value.visibility}
          onChange={(event) => {
            const visibility = event.target.value;
            if (isVisibility(visibility)) onChange({ ...value, visibility });
          }}
        >
          {VISIBILITIES.map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
