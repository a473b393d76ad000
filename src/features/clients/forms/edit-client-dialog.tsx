import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { TextField } from "../../../ui/field.tsx";
import { toast } from "../../../ui/toast-store.ts";
import type { ClientDetail } from "../api/detail-model.ts";
import { useUpdateClient } from "../api/use-update-client.ts";
import { DialogForm, FormDialog, useDialogGuard } from "./form-dialog.tsx";
import { type EditClientFormInput, editClientForm, toUpdateBody } from "./schemas.ts";
import { SegmentField } from "./segment-field.tsx";
import { applyServerErrors } from "./server-errors.ts";
import { UserPicker } from "./user-picker.tsx";

const FIELDS = { name: "name", segment: "segment", primary_contact_id: "primary_contact" } as const;

export interface ClientDialogProps {
  detail: ClientDetail;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Edit (`PATCH /clients/{id}`): name, segment and primary contact, clearing included. */
export function EditClientDialog({ detail, open, onOpenChange }: ClientDialogProps) {
  return (
    <FormDialog open={open} onOpenChange={onOpenChange} title={`Edit ${detail.client.name}`}>
      <EditClientForm detail={detail} />
    </FormDialog>
  );
}

function EditClientForm({ detail }: { detail: ClientDetail }) {
  const guard = useDialogGuard();
  const update = useUpdateClient();
  const [topError, setTopError] = useState<string | null>(null);
  const initial: EditClientFormInput = {
    name: detail.client.name,
    segment: detail.full?.segment ?? "B",
    primary_contact: detail.client.primary_contact,
  };
  const form = useForm({ resolver: zodResolver(editClientForm), defaultValues: initial });
  const { errors, isDirty, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setTopError(null);
    try {
      const body = toUpdateBody(values, initial);
      await update.mutateAsync({ id: detail.client.id, body, contact: values.primary_contact });
      toast.success(`Saved “${values.name}”.`);
      guard.close();
    } catch (error) {
      setTopError(applyServerErrors(error, form.setError, FIELDS));
    }
  });

  return (
    <DialogForm
      dirty={isDirty}
      pending={isSubmitting}
      error={topError}
      submitLabel="Save changes"
      onSubmit={onSubmit}
    >
      <TextField label="Name" autoComplete="off" error={errors.name?.message} {...form.register("name")} />
      <SegmentField registration={form.register("segment")} error={errors.segment?.message} />
      <Controller
        control={form.control}
        name="primary_contact"
        render={({ field, fieldState }) => (
          <UserPicker
            label="Primary contact"
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={fieldState.error?.message}
          />
        )}
      />
    </DialogForm>
  );
}
