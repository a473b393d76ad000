import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { ClientData } from "../../../kanbert/schemas.ts";
import { TextField } from "../../../ui/field.tsx";
import { toast } from "../../../ui/toast-store.ts";
import { useSetExternalIdentifier } from "../api/use-update-client.ts";
import type { ClientDialogProps } from "./edit-client-dialog.tsx";
import { DialogForm, FormDialog, useDialogGuard } from "./form-dialog.tsx";
import { externalIdentifierForm, toExternalIdentifierBody } from "./schemas.ts";
import { applyServerErrors } from "./server-errors.ts";
import type { ChangedProps } from "./shortcode-dialog.tsx";

const FIELDS = { external_id: "external_id", external_origin: "external_origin" } as const;

/** Set external identifier (`PUT /clients/{id}/external-identifier`); unique per origin. */
export function ExternalIdDialog({
  detail,
  open,
  onOpenChange,
  onChanged,
}: ClientDialogProps & ChangedProps) {
  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Set external identifier"
      description={`The id of ${detail.client.name} in another system, unique within its origin.`}
    >
      <ExternalIdForm client={detail.client} onChanged={onChanged} />
    </FormDialog>
  );
}

function ExternalIdForm({ client, onChanged }: { client: ClientData } & ChangedProps) {
  const guard = useDialogGuard();
  const mutation = useSetExternalIdentifier();
  const [topError, setTopError] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(externalIdentifierForm),
    defaultValues: { external_id: client.external_id ?? "", external_origin: client.external_origin ?? "" },
  });
  const { errors, isDirty, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setTopError(null);
    try {
      const body = toExternalIdentifierBody(values);
      await mutation.mutateAsync({ id: client.id, ...body });
      toast.success(
        body.externalId ? `The external id is now ${body.externalId}.` : "The external id was cleared.",
      );
      guard.close();
      onChanged?.();
    } catch (error) {
      setTopError(applyServerErrors(error, form.setError, FIELDS));
    }
  });

  return (
    <DialogForm
      dirty={isDirty}
      pending={isSubmitting}
      error={topError}
      submitLabel="Save identifier"
      onSubmit={onSubmit}
    >
      <TextField
        label="External id"
        autoComplete="off"
        spellCheck={false}
        description="Leave empty to remove the identifier."
        error={errors.external_id?.message}
        {...form.register("external_id")}
      />
      <TextField
        label="Origin"
        autoComplete="off"
        spellCheck={false}
        description="The external system, e.g. hubspot. Empty means this integration."
        error={errors.external_origin?.message}
        {...form.register("external_origin")}
      />
    </DialogForm>
  );
}
