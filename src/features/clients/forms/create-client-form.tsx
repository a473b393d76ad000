import { zodResolver } from "@hookform/resolvers/zod";
import { Link, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { Button, buttonClasses } from "../../../ui/button.tsx";
import { TextField } from "../../../ui/field.tsx";
import { toast } from "../../../ui/toast-store.ts";
import { useCreateClient } from "../api/use-create-client.ts";
import { FormAlert } from "./form-alert.tsx";
import { type CreateClientFormInput, createClientForm, toCreateBody } from "./schemas.ts";
import { SegmentField } from "./segment-field.tsx";
import { applyServerErrors } from "./server-errors.ts";
import { useUnsavedChangesGuard } from "./use-unsaved-guard.tsx";
import { UserPicker } from "./user-picker.tsx";

const FIELDS = {
  name: "name",
  shortcode: "shortcode",
  segment: "segment",
  primary_contact_id: "primary_contact",
  external_id: "external_id",
  external_origin: "external_origin",
} as const;

const EMPTY: CreateClientFormInput = {
  name: "",
  shortcode: "",
  segment: "B",
  primary_contact: null,
  external_id: "",
  external_origin: "",
};

/** Create a client (`POST /clients`); on success its page opens. */
export function CreateClientForm() {
  const navigate = useNavigate();
  const create = useCreateClient();
  const [topError, setTopError] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(createClientForm), defaultValues: EMPTY });
  const { errors, isDirty, isSubmitting } = form.formState;
  const guard = useUnsavedChangesGuard(isDirty);

  const onSubmit = form.handleSubmit(async (values) => {
    setTopError(null);
    try {
      const client = await create.mutateAsync(toCreateBody(values));
      toast.success(`“${client.name}” was created.`);
      guard.release();
      await navigate({ to: "/clients/$clientId", params: { clientId: client.id } });
    } catch (error) {
      setTopError(applyServerErrors(error, form.setError, FIELDS));
    }
  });

  return (
    <form noValidate onSubmit={onSubmit} className="max-w-2xl space-y-5" aria-labelledby="new-client-heading">
      <FormAlert message={topError} />
      <div className="space-y-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <TextField label="Name" autoComplete="off" error={errors.name?.message} {...form.register("name")} />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            label="Shortcode"
            autoComplete="off"
            spellCheck={false}
            description="Optional. Generated from the name when empty."
            error={errors.shortcode?.message}
            {...form.register("shortcode")}
          />
          <SegmentField registration={form.register("segment")} error={errors.segment?.message} />
        </div>
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
        <fieldset className="grid gap-5 sm:grid-cols-2">
          <legend className="mb-3 text-sm font-semibold text-slate-900 dark:text-slate-100">
            External identifier (optional)
          </legend>
          <TextField
            label="External id"
            autoComplete="off"
            spellCheck={false}
            error={errors.external_id?.message}
            {...form.register("external_id")}
          />
          <TextField
            label="Origin"
            autoComplete="off"
            spellCheck={false}
            description="Empty means this integration."
            error={errors.external_origin?.message}
            {...form.register("external_origin")}
          />
        </fieldset>
      </div>
      <div className="flex gap-3">
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? "Creating…" : "Create client"}
        </Button>
        <Link to="/clients" className={buttonClasses("secondary")}>
          Cancel
        </Link>
      </div>
      {guard.prompt}
    </form>
  );
}
