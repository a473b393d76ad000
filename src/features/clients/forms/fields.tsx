import type { ControllerFieldState, FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { UserData } from "../../../kanbert/schemas.ts";
import { TextField, type TextFieldProps } from "../../../ui/field.tsx";
import { UserPicker } from "../../users/index.ts";

/** A registered field's props with its current error message, to spread on a text field. */
export function fieldProps<TInput extends FieldValues, TContext, TOutput>(
  form: UseFormReturn<TInput, TContext, TOutput>,
  name: Path<TInput>,
) {
  return { error: form.getFieldState(name, form.formState).error?.message, ...form.register(name) };
}

/** A text field for codes and identifiers: no autofill, no spell check. */
export function CodeField(props: TextFieldProps) {
  return <TextField autoComplete="off" spellCheck={false} {...props} />;
}

interface ContactControl {
  field: { value: UserData | null; onChange: (user: UserData | null) => void; onBlur: () => void };
  fieldState: ControllerFieldState;
}

/** `render` of a `<Controller name="primary_contact">`: the user picker labelled "Primary contact". */
export function renderPrimaryContact({ field, fieldState }: ContactControl) {
  return (
    <UserPicker
      label="Primary contact"
      value={field.value}
      onChange={field.onChange}
      onBlur={field.onBlur}
      error={fieldState.error?.message}
    />
  );
}
