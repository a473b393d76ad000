import { describeField, type FieldSpec, findField, type Operator } from "../../../filter/index.ts";
import { cn } from "../../../lib/cn.ts";
import { issueId, useBuilder } from "./builder-context.ts";
import type { DraftRow } from "./draft.ts";
import { builderFields } from "./fields.ts";
import { GroupView } from "./group-view.tsx";
import { capitalise, pathText } from "./labels.ts";
import { operatorLabel } from "./operator-labels.ts";
import { type Place, RowActions } from "./row-actions.tsx";
import { controlClasses } from "./styles.ts";
import { ValueEditor } from "./value-editor.tsx";

export interface RowViewProps {
  row: DraftRow;
  path: readonly number[];
  fields: readonly FieldSpec[];
  place: Place;
}

/** One `field operator value` row; a relation row adds its sub-builder underneath. */
export function RowView({ row, path, fields, place }: RowViewProps) {
  const { dispatch, issues } = useBuilder();
  const name = `condition ${pathText(path)}`;
  const spec = findField(fields, row.field);
  const offered = builderFields(fields);
  const found = issues.get(row.id);
  const messages = found?.messages ?? [];
  const invalid = found?.invalid ?? false;
  const describedBy = messages.length > 0 ? issueId(row.id) : undefined;
  const operators: readonly Operator[] = spec ? describeField(spec).operators : row.op ? [row.op] : [];
  const shownOps = row.op !== "" && !operators.includes(row.op) ? [row.op, ...operators] : operators;
  const invalidField = invalid && (row.field === "" || !spec);
  const relation = spec?.type.kind === "relation" && row.where && row.op !== "count";
  return (
    <div data-node={row.id}>
      <fieldset
        aria-label={capitalise(name)}
        className={cn(
          "flex flex-wrap items-center gap-1.5 rounded-lg border bg-white p-1.5 shadow-xs dark:bg-slate-900",
          invalid ? "border-red-300 dark:border-red-800" : "border-slate-200 dark:border-slate-700",
        )}
      >
        <select
          aria-label="Field"
          data-focus="field"
          className={cn(controlClasses, "w-44")}
          value={row.field}
          aria-describedby={describedBy}
          aria-invalid={invalidField || undefined}
          onChange={(event) => dispatch({ type: "setField", id: row.id, field: event.target.value })}
        >
          {row.field === "" && <option value="">Choose a field…</option>}
          {!spec && row.field !== "" && <option value={row.field}>{row.field} (unknown)</option>}
          {offered.map((field) => (
            <option key={field.name} value={field.name}>
              {field.label}
            </option>
          ))}
          {spec && !offered.includes(spec) && <option value={spec.name}>{spec.label}</option>}
        </select>
        <select
          aria-label="Operator"
          className={cn(controlClasses, "w-40")}
          value={row.op}
          disabled={row.field === ""}
          aria-describedby={describedBy}
          onChange={(event) => {
            const op = shownOps.find((candidate) => candidate === event.target.value);
            if (op) dispatch({ type: "setOperator", id: row.id, op });
          }}
        >
          {row.op === "" && <option value="">—</option>}
          {shownOps.map((op) => (
            <option key={op} value={op}>
              {operatorLabel(spec, op)}
            </option>
          ))}
        </select>
        {spec && (
          <ValueEditor row={row} spec={spec} describedBy={describedBy} invalid={invalid && !invalidField} />
        )}
        <RowActions id={row.id} what={name} place={place} />
      </fieldset>
      {messages.length > 0 && (
        <p
          id={issueId(row.id)}
          className={cn(
            "mt-1 px-1 text-xs",
            invalid ? "text-red-700 dark:text-red-400" : "text-slate-600 dark:text-slate-400",
          )}
        >
          {messages.join(" ")}
        </p>
      )}
      {relation && spec.type.kind === "relation" && row.where && (
        <div className="mt-2 ml-4 border-l-2 border-indigo-200 pl-3 dark:border-indigo-900">
          <GroupView
            group={row.where}
            path={path}
            fields={spec.type.fields}
            title={`${spec.label.toLowerCase()} of ${name}`}
            emptyText={`No conditions on ${spec.label.toLowerCase()}: any one counts.`}
          />
        </div>
      )}
    </div>
  );
}
