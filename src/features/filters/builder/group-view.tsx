import type { FieldSpec } from "../../../filter/index.ts";
import { cn } from "../../../lib/cn.ts";
import { PlusIcon } from "../icons.tsx";
import { issueId, useBuilder } from "./builder-context.ts";
import type { DraftGroup } from "./draft.ts";
import { capitalise, groupName } from "./labels.ts";
import { MatchSwitch } from "./match-switch.tsx";
import { type Place, RowActions } from "./row-actions.tsx";
import { RowView } from "./row-view.tsx";

export interface GroupViewProps {
  group: DraftGroup;
  path: readonly number[];
  fields: readonly FieldSpec[];
  /** Position among its siblings, for move buttons; absent for the root and sub-builders. */
  place?: Place;
  /** Names a relation's sub-builder, e.g. "projects of condition 2". */
  title?: string;
  /** What an empty group means, e.g. "Any project counts." */
  emptyText?: string;
}

/** A group: an all/any switch, its rows and nested groups, and buttons to add more. */
export function GroupView({ group, path, fields, place, title, emptyText }: GroupViewProps) {
  const { dispatch, requestFocus, issues } = useBuilder();
  const name = title ?? groupName(path);
  const messages = issues.get(group.id)?.messages ?? [];
  const nested = path.length > 0 && title === undefined;
  const add = (type: "addCondition" | "addGroup") => {
    dispatch({ type, groupId: group.id });
    requestFocus({ id: group.id, target: "new" });
  };
  return (
    <fieldset
      aria-label={capitalise(name)}
      data-node={group.id}
      className={cn(
        nested &&
          "rounded-lg border border-slate-200 bg-slate-50/70 p-3 dark:border-slate-700/80 dark:bg-slate-800/40",
      )}
    >
      <div className="mb-2 flex items-center gap-2">
        {group.children.length > 1 || nested ? (
          <MatchSwitch
            kind={group.kind}
            name={name}
            onChange={(kind) => dispatch({ type: "setKind", groupId: group.id, kind })}
          />
        ) : (
          <span className="text-sm text-slate-600 dark:text-slate-400">
            {group.children.length === 0
              ? (emptyText ?? "No conditions yet — every client matches.")
              : "Where"}
          </span>
        )}
        {place && <RowActions id={group.id} what={name} place={place} />}
      </div>
      {messages.length > 0 && (
        <p id={issueId(group.id)} className="mb-2 text-xs text-red-700 dark:text-red-400">
          {messages.join(" ")}
        </p>
      )}
      {group.children.length > 0 && (
        <ol className="space-y-2">
          {group.children.map((child, index) => (
            <li key={child.id} className="flex gap-2">
              <span
                aria-hidden="true"
                className="mt-2.5 w-9 shrink-0 text-right text-xs font-medium text-slate-500 uppercase dark:text-slate-400"
              >
                {index === 0 ? "" : group.kind}
              </span>
              <div className="min-w-0 flex-1">
                {child.type === "group" ? (
                  <GroupView
                    group={child}
                    path={[...path, index]}
                    fields={fields}
                    place={placeOf(group, index)}
                  />
                ) : (
                  <RowView
                    row={child}
                    path={[...path, index]}
                    fields={fields}
                    place={placeOf(group, index)}
                  />
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      <div className={cn("mt-2 flex gap-1", group.children.length > 0 && "pl-11")}>
        <AddButton
          label="Add condition"
          suffix={path.length === 0 && !title ? "" : ` to ${name}`}
          onClick={() => add("addCondition")}
          focusKey="add"
        />
        <AddButton
          label="Add group"
          suffix={path.length === 0 && !title ? "" : ` to ${name}`}
          onClick={() => add("addGroup")}
        />
      </div>
    </fieldset>
  );
}

function placeOf(group: DraftGroup, index: number): Place {
  const neighbour = group.children[index + 1] ?? group.children[index - 1];
  return { index, count: group.children.length, parentId: group.id, neighbourId: neighbour?.id };
}

function AddButton({
  label,
  suffix,
  onClick,
  focusKey,
}: {
  label: string;
  suffix: string;
  onClick: () => void;
  focusKey?: string;
}) {
  return (
    <button
      type="button"
      data-focus={focusKey}
      onClick={onClick}
      className="inline-flex h-7 items-center gap-1 rounded-md px-2 text-sm font-medium text-indigo-700 hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-indigo-600 dark:text-indigo-300 dark:hover:bg-indigo-950/60"
    >
      <PlusIcon />
      {label}
      {suffix && <span className="sr-only">{suffix}</span>}
    </button>
  );
}
