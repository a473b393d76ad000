import { zodResolver } from "@hookform/resolvers/zod";
import { Link, useNavigate } from "@tanstack/react-router";
import { Controller, useForm } from "react-hook-form";
import { Button } from "../../../ui/button.tsx";
import { buttonClasses } from "../../../ui/button-classes.ts";
import { TextField } from "../../../ui/field.tsx";
import { FormAlert } from "../../../ui/form-alert.tsx";
import { useUnsavedChangesGuard } from "../../../ui/use-unsaved-guard.tsx";
import { useCreateClient } from "../api/use-create-client.ts";
import { CodeField, fieldProps, renderPrimaryContact } from "./fields.tsx";
import { type CreateClientFormInput, createClientForm, toCreateBody } from "./schemas.ts";
import { SegmentField } from "./segment-field.tsx";
import { useServerSubmit } from "./use-server-submit.ts";

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
  const form = useForm({ resolver: zodResolver(createClientForm), defaultValues: EMPTY });
  const guard = useUnsavedChangesGuard(form.formState.isDirty);
  const { pending, error, onSubmit } = useServerSubmit(form, FIELDS, async (values) => {
    const client = await create.mutateAsync(toCreateBody(values));
    guard.release();
    await navigate({ to: "/clients/$clientId", params: { clientId: client.id } });
  });

  return (
    <form noValidate onSubmit={onSubmit} className="max-w-2xl space-y-5" aria-labelledby="new-client-heading">
      <FormAlert message={error} />
      <div className="space-y-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <TextField label="Name" autoComplete="off" {...fieldProps(form, "name")} />
        <div className="grid gap-5 sm:grid-cols-2">
          <CodeField
            label="Shortcode"
            description="Optional. Generated from the name when empty."
            {...fieldProps(form, "shortcode")}
          />
          <SegmentField {...fieldProps(form, "segment")} />
        </div>
        <Controller control={form.control} name="primary_contact" render={renderPrimaryContact} />
        <fieldset className="grid gap-5 sm:grid-cols-2">
          <legend className="mb-3 text-sm font-semibold text-slate-900 dark:text-slate-100">
            External identifier (optional)
          </legend>
          <CodeField label="External id" {...fieldProps(form, "external_id")} />
          <CodeField
            label="Origin"
            description="Empty means this integration."
            {...fieldProps(form, "external_origin")}
          />
        </fieldset>
      </div>
      <div className="flex gap-3">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Creating…" : "Create client"}
        </Button>
        <Link to="/clients" className={buttonClasses("secondary")}>
          Cancel
        </Link>
      </div>
      {guard.prompt}
    </form>
  );
}
