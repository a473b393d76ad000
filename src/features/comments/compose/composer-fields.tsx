import { useId } from "react";
import type { TaskData } from "../../../kanbert/schemas.ts";
import { cn } from "../../../lib/cn.ts";
import { inputClasses } from "../../../ui/field.tsx";
import { focusRing } from "../../../ui/focus.ts";

export const taskLabel = (task: Pick<TaskData, "uri" | "title">) => `${task.uri} · ${task.title}`;

export function TaskSelect(props: {
  tasks: readonly TaskData[];
  value: string;
  onChange: (taskId: string) => void;
  label?: string;
  allLabel?: string;
}) {
  const id = useId();
  return (
    <div className="min-w-56 flex-1 space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
        {props.label ?? "Task"}
      </label>
      <select
        id={id}
        className={inputClasses}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.allLabel !== undefined && <option value="">{props.allLabel}</option>}
        {props.tasks.map((task) => (
          <option key={task.id} value={task.id}>
            {taskLabel(task)}
          </option>
        ))}
      </select>
    </div>
  );
}

const radio = cn("size-4 accent-indigo-600", focusRing);

export function VisibilityRadios(props: {
  name: string;
  isPublic: boolean;
  onChange: (isPublic: boolean) => void;
}) {
  return (
    <fieldset className="space-y-1.5">
      <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">Visibility</legend>
      <div className="flex h-9 items-center gap-4 text-sm text-slate-800 dark:text-slate-200">
        <label className="inline-flex items-center gap-1.5">
          <input
            type="radio"
            className={radio}
            name={props.name}
            checked={props.isPublic}
            onChange={() => props.onChange(true)}
          />
          Public
        </label>
        <label className="inline-flex items-center gap-1.5">
          <input
            type="radio"
            className={radio}
            name={props.name}
            checked={!props.isPublic}
            onChange={() => props.onChange(false)}
          />
          Internal
        </label>
      </div>
    </fieldset>
  );
}
