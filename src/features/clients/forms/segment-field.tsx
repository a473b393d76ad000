import type { UseFormRegisterReturn } from "react-hook-form";
import { ClientSegment } from "../../../kanbert/schemas.ts";
import { Field, inputClasses } from "../../../ui/field.tsx";

/** Segment A, B or C as a native select (labelled, keyboard-friendly everywhere). */
export function SegmentField({ error, ...registration }: UseFormRegisterReturn & { error?: string }) {
  return (
    <Field label="Segment" error={error}>
      {(control) => (
        <select className={inputClasses} {...control} {...registration}>
          {ClientSegment.options.map((segment) => (
            <option key={segment} value={segment}>
              {segment}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
