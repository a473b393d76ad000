import { useState } from "react";
import type { TaskData } from "../../../kanbert/schemas.ts";
import { Combobox } from "../../../ui/combobox.tsx";
import { searchStatus } from "../../../ui/search-status.ts";
import { useTaskSearch } from "../api/use-task-search.ts";

const taskText = (task: TaskData) => `${task.uri} · ${task.title}`;

/** The task of a new thread: type part of its title, URI or client's name, pick one. */
export function TaskPicker({
  value,
  onChange,
}: {
  value: TaskData | null;
  onChange: (task: TaskData) => void;
}) {
  const [text, setText] = useState<string | null>(null);
  const search = useTaskSearch(text ?? "");
  const typed = text !== null && text.trim() !== "";
  const tasks = typed ? (search.data?.data ?? []) : [];
  const status = searchStatus(typed, search, tasks.length, "tasks");
  return (
    <div className="min-w-64 flex-1">
      <Combobox<TaskData>
        label="Task"
        listLabel="Matching tasks"
        placeholder="Search tasks by title, URI or client"
        inputValue={text ?? (value ? taskText(value) : "")}
        onInputChange={setText}
        onBlur={() => setText(null)}
        items={tasks}
        itemKey={(task) => task.id}
        renderItem={(task) => <span className="block truncate">{taskText(task)}</span>}
        onSelect={(task) => {
          setText(null);
          onChange(task);
        }}
        status={status}
      />
    </div>
  );
}
