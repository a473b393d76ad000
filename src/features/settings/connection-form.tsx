import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Button } from "../../ui/button.tsx";
import { Checkbox } from "../../ui/checkbox.tsx";
import { TextField } from "../../ui/field.tsx";
import { toast } from "../../ui/toast-store.ts";
import { useConnection } from "./connection-context.tsx";
import { TestResult } from "./test-result.tsx";
import { TokenField } from "./token-field.tsx";
import { useConnectionTest } from "./use-connection-test.ts";

const formSchema = z.object({
  baseUrl: z
    .string()
    .trim()
    .min(1, "Enter the API base URL.")
    .refine(
      (value) => value.startsWith("/") || /^https?:\/\/\S+$/.test(value),
      "Enter a full address (https://api.kanbert.com/api/v1) or a path on this site (/api/v1).",
    ),
  token: z.string().trim().min(1, "Enter the API token."),
  remember: z.boolean(),
});
export type ConnectionFormValues = z.infer<typeof formSchema>;

export function ConnectionForm({ initial }: { initial: ConnectionFormValues }) {
  const { state, save, disconnect } = useConnection();
  const test = useConnectionTest();
  const { register, handleSubmit, formState, watch } = useForm<ConnectionFormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: initial,
  });
  const { errors } = formState;

  // A test result speaks of the address and token it tried: editing either one makes it stale.
  const { reset: resetTest } = test;
  useEffect(() => {
    const subscription = watch((_, { name }) => {
      if (name === "baseUrl" || name === "token") resetTest();
    });
    return () => subscription.unsubscribe();
  }, [watch, resetTest]);

  // The Current user card says what the API thinks of the saved token (a 401 once, there); the
  // toast only confirms a connection that works.
  const onSave = handleSubmit(async (values) => {
    resetTest();
    save(values);
    if (await test.accepts(values)) toast.success("Connection saved.");
  });
  const onTest = handleSubmit((values) => test.run(values));

  return (
    <form onSubmit={onSave} noValidate className="space-y-5" aria-label="Connection">
      <TextField
        label="API base URL"
        description="For example https://api.kanbert.com/api/v1, or /api/v1 for the local emulator."
        autoComplete="url"
        spellCheck={false}
        error={errors.baseUrl?.message}
        {...register("baseUrl")}
      />
      <TokenField error={errors.token?.message} {...register("token")} />
      <Checkbox
        label="Remember on this device"
        description="Keeps the token in this browser after the tab is closed. Leave it off on shared computers."
        {...register("remember")}
      />
      <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-5 dark:border-slate-800">
        <Button type="submit" variant="primary">
          Save
        </Button>
        <Button onClick={onTest} disabled={test.result.status === "testing"}>
          Test connection
        </Button>
        {state.status === "connected" && (
          <Button
            variant="danger-ghost"
            className="ml-auto"
            onClick={() => {
              test.reset();
              disconnect();
              toast.info("Disconnected. The token was forgotten on this device.");
            }}
          >
            Disconnect
          </Button>
        )}
      </div>
      <TestResult result={test.result} />
    </form>
  );
}
