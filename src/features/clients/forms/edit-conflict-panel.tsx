import { useId } from "react";
import { userName } from "../../users/index.ts";
import type { Choice, EditField, EditFields } from "./edit-conflict.ts";

const LABELS: Record<EditField, string> = {
  name: "Name",
  segment: "Segment",
  primary_contact: "Primary contact",
};

function shown(field: EditField, fields: EditFields): string {
  if (field === "primary_contact")
    return fields.primary_contact ? userName(fields.primary_contact) : "No contact";
  return field === "segment" ? `Segment ${fields.segment}` : fields.name;
}

export interface EditConflictPanelProps {
  fields: readonly EditField[];
  mine: EditFields;
  theirs: EditFields;
  choices: Partial<Record<EditField, Choice>>;
  onChoose: (field: EditField, choice: Choice) => void;
}

/**
 * Someone changed the client while this form was open: for each field both sides changed, the
 * user's value and the server's, and a choice between them. Nothing is saved until they choose.
 */
export function EditConflictPanel({ fields, mine, theirs, choices, onChoose }: EditConflictPanelProps) {
  const id = useId();
  return (
    <section
      role="alert"
      aria-labelledby={`${id}-title`}
      className="space-y-3 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm dark:border-amber-500 dark:bg-amber-950"
    >
      <h3 id={`${id}-title`} className="font-semibold">
        This client was changed by someone else while you were editing
      </h3>
      <p>Choose which value to keep for each field both of you changed. Your other changes are kept.</p>
      {fields.map((field) => (
        <fieldset key={field} className="space-y-1">
          <legend className="font-medium">{LABELS[field]}</legend>
          {(["mine", "theirs"] as const).map((choice) => (
            <label key={choice} className="flex items-center gap-2">
              <input
                type="radio"
                name={`${id}-${field}`}
                checked={(choices[field] ?? "mine") === choice}
                onChange={() => onChoose(field, choice)}
              />
              <span>
                {choice === "mine" ? "Yours: " : "On the server: "}
                <span className="break-all font-medium">
                  {shown(field, choice === "mine" ? mine : theirs)}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      ))}
    </section>
  );
}
