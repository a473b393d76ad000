import { useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { applyServerErrors } from "./server-errors.ts";

/**
 * The submit of a client form: validates, runs `save`, and puts a failure where it belongs (422
 * field errors on their fields, the rest in `error` for the top of the form). The result spreads
 * straight onto a `<DialogForm>`.
 */
export function useServerSubmit<TInput extends FieldValues, TContext, TOutput>(
  form: UseFormReturn<TInput, TContext, TOutput>,
  fields: Readonly<Record<string, Path<TInput>>>,
  save: (values: TOutput) => Promise<void>,
) {
  const [error, setError] = useState<string | null>(null);
  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      await save(values);
    } catch (failure) {
      setError(applyServerErrors(failure, form.setError, fields));
    }
  });
  const { isDirty, isSubmitting } = form.formState;
  return { dirty: isDirty, pending: isSubmitting, error, onSubmit };
}
