import { useState } from "react";
import type { TaskData, UserData } from "../../../kanbert/schemas.ts";
import { Button } from "../../../ui/button.tsx";
import { Composer } from "../../comments/index.ts";
import { inboxKeys } from "../api/use-inbox.ts";
import { TaskPicker } from "./task-picker.tsx";

/** The inbox's draft of a new thread: one slot whatever task is picked, so switching loses nothing. */
const SLOT = "thread:inbox";

/**
 * "New thread" on any task: the comments feature's composer with a task picker searching
 * `GET /tasks`. The thread shows at the top of the inbox at once (optimistic); a failed post keeps
 * its text in the box.
 */
export function NewThread({ users, onPosted }: { users: readonly UserData[]; onPosted: () => void }) {
  const [open, setOpen] = useState(false);
  const [task, setTask] = useState<TaskData | null>(null);
  if (!open) return <Button onClick={() => setOpen(true)}>New thread</Button>;
  return (
    <Composer
      clientId={task?.client_id ?? ""}
      users={users}
      tasks={[]}
      taskPicker={{ task, slot: SLOT, field: <TaskPicker value={task} onChange={setTask} /> }}
      alsoIn={inboxKeys.all}
      autoFocus
      onPosted={() => {
        setOpen(false);
        onPosted();
      }}
      onCancel={() => setOpen(false)}
    />
  );
}
