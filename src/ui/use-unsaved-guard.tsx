import { useBlocker } from "@tanstack/react-router";
import { useCallback, useRef } from "react";
import { DiscardChangesDialog } from "./confirm-dialog.tsx";

/**
 * Asks before navigating away from a form with unsaved changes (react-hook-form's `isDirty`): an
 * in-app navigation gets the confirm dialog, closing or reloading the tab the browser's own prompt.
 * Call `release()` just before leaving on purpose after a successful save. `stillDirty` is asked at
 * the moment of leaving, for a form whose owner knows better than the last render (a dialog closed
 * after a save and a navigation in the same tick: the form is still mounted but nothing is lost).
 */
export function useUnsavedChangesGuard(dirty: boolean, stillDirty: () => boolean = () => true) {
  const released = useRef(false);
  const asked = useRef(stillDirty);
  asked.current = stillDirty;
  const shouldBlockFn = useCallback(() => !released.current && asked.current(), []);
  const blocker = useBlocker({
    shouldBlockFn,
    enableBeforeUnload: shouldBlockFn,
    disabled: !dirty,
    withResolver: true,
  });
  const release = useCallback(() => {
    released.current = true;
  }, []);
  const prompt = (
    <DiscardChangesDialog
      open={blocker.status === "blocked"}
      onDiscard={() => blocker.proceed?.()}
      onKeep={() => blocker.reset?.()}
    />
  );
  return { release, prompt };
}
