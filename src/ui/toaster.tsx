import * as RadixToast from "@radix-ui/react-toast";
import { useSyncExternalStore } from "react";
import { cn } from "../lib/cn.ts";
import { buttonClasses } from "./button-classes.ts";
import { focusRing } from "./focus.ts";
import { getToasts, subscribeToasts, type ToastItem, toast } from "./toast-store.ts";

const tone: Record<ToastItem["kind"], string> = {
  success: "border-emerald-300 dark:border-emerald-800",
  error: "border-red-300 dark:border-red-800",
  info: "border-slate-300 dark:border-slate-700",
};

const heading: Record<ToastItem["kind"], string> = { success: "Done", error: "Problem", info: "Note" };

/** Renders the toasts of the `toast` store; mount once near the root. */
export function Toaster() {
  const items = useSyncExternalStore(subscribeToasts, getToasts, getToasts);
  return (
    <RadixToast.Provider swipeDirection="right">
      {items.map((item) => (
        <RadixToast.Root
          key={item.id}
          type={item.kind === "error" ? "foreground" : "background"}
          duration={item.duration}
          onOpenChange={(open) => {
            if (!open) toast.dismiss(item.id);
          }}
          className={cn(
            "grid grid-cols-[1fr_auto] items-start gap-x-3 gap-y-2 rounded-lg border bg-white p-4 text-sm shadow-lg dark:bg-slate-900",
            tone[item.kind],
          )}
        >
          <RadixToast.Title className="font-semibold text-slate-900 dark:text-slate-100">
            {heading[item.kind]}
          </RadixToast.Title>
          <RadixToast.Close
            aria-label="Dismiss notification"
            className={cn(
              "row-span-1 rounded px-1 text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100",
              focusRing,
            )}
          >
            <span aria-hidden="true">×</span>
          </RadixToast.Close>
          <RadixToast.Description className="col-span-2 text-slate-700 dark:text-slate-300">
            {item.message}
          </RadixToast.Description>
          {item.action && (
            <RadixToast.Action
              altText={item.action.altText ?? item.action.label}
              className={cn(buttonClasses("secondary", "sm"), "col-span-2 justify-self-start")}
              onClick={item.action.onClick}
            >
              {item.action.label}
            </RadixToast.Action>
          )}
        </RadixToast.Root>
      ))}
      <RadixToast.Viewport className="fixed right-0 bottom-0 z-50 flex w-full max-w-sm flex-col gap-3 p-4 outline-none" />
    </RadixToast.Provider>
  );
}
