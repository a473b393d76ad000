import { type KeyboardEvent, type RefObject, useId, useState } from "react";
import type { UserData } from "../../../kanbert/schemas.ts";
import { cn } from "../../../lib/cn.ts";
import { inputClasses } from "../../../ui/field.tsx";
import { userName } from "../../users/index.ts";
import { suggestUsers } from "./mention-suggestions.ts";
import { type MentionToken, mentionQueryAt } from "./serialize.ts";

export interface MentionTextareaProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onMention: (token: MentionToken) => void;
  users: readonly UserData[];
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  describedBy?: string;
  invalid?: boolean;
}

interface Open {
  start: number;
  caret: number;
  options: UserData[];
}

/** A textarea where `@` opens a list of users (textbox + listbox, `aria-activedescendant`). */
export function MentionTextarea(props: MentionTextareaProps) {
  const { label, value, onChange, onMention, users, textareaRef } = props;
  const id = useId();
  const [open, setOpen] = useState<Open | null>(null);
  const [active, setActive] = useState(0);
  const listId = `${id}-users`;
  const hintId = `${id}-hint`;
  const optionId = (n: number) => `${id}-user-${n}`;

  function update(text: string, caret: number) {
    onChange(text);
    const found = mentionQueryAt(text, caret);
    const options = found ? suggestUsers(users, found.query) : [];
    setOpen(found && options.length > 0 ? { start: found.start, caret, options } : null);
    setActive(0);
  }

  function choose(user: UserData) {
    if (!open) return;
    const label = `@${userName(user)}`;
    const next = `${value.slice(0, open.start)}${label} ${value.slice(open.caret)}`;
    onChange(next);
    onMention({ userId: user.id, label });
    setOpen(null);
    const caret = open.start + label.length + 1;
    requestAnimationFrame(() => textareaRef.current?.setSelectionRange(caret, caret));
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!open) return;
    const count = open.options.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setActive((n) => (n + (event.key === "ArrowDown" ? 1 : count - 1)) % count);
    } else if (event.key === "Enter" || event.key === "Tab") {
      const user = open.options[active];
      if (!user) return;
      event.preventDefault();
      choose(user);
    } else if (event.key === "Escape") {
      event.preventDefault();
      setOpen(null);
    }
  }

  return (
    <div className="relative space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
      </label>
      <textarea
        id={id}
        ref={textareaRef}
        value={value}
        rows={3}
        className={cn(inputClasses, "h-auto min-h-20 py-2")}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? optionId(active) : undefined}
        aria-describedby={[hintId, props.describedBy].filter(Boolean).join(" ")}
        aria-invalid={props.invalid || undefined}
        onChange={(event) => update(event.target.value, event.target.selectionStart)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(null)}
      />
      <p id={hintId} className="text-xs text-slate-600 dark:text-slate-400">
        Type @ to mention someone. A blank line starts a new paragraph.
      </p>
      {open && (
        <div
          id={listId}
          role="listbox"
          aria-label="Mention a user"
          className="absolute z-20 mt-1 max-h-64 w-72 overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          {open.options.map((user, n) => (
            <div
              key={user.id}
              tabIndex={-1}
              id={optionId(n)}
              role="option"
              aria-selected={n === active}
              className={cn(
                "cursor-pointer px-3 py-1.5 text-slate-800 dark:text-slate-100",
                n === active && "bg-indigo-600 text-white dark:bg-indigo-500",
              )}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(user);
              }}
            >
              {userName(user)}{" "}
              <span
                className={cn(
                  "text-xs",
                  n === active ? "text-indigo-100" : "text-slate-500 dark:text-slate-400",
                )}
              >
                {user.email}
              </span>
            </div>
          ))}
        </div>
      )}
      <p className="sr-only" aria-live="polite">
        {open ? `${open.options.length} users found; arrow keys to choose, Enter to insert.` : ""}
      </p>
    </div>
  );
}
