import { type $ZodType, type output, safeParse } from "zod/v4/core";

/**
 * A message channel between the tabs of one browser (BroadcastChannel), typed by a zod schema:
 * what arrives is parsed, anything else is ignored. A tab never hears its own messages. Where
 * BroadcastChannel does not exist, posting does nothing and nobody is told.
 */
export interface Broadcast<T> {
  post: (message: T) => void;
  subscribe: (listener: (message: T) => void) => () => void;
}

export function createBroadcast<S extends $ZodType>(name: string, schema: S): Broadcast<output<S>> {
  let channel: BroadcastChannel | null = null;
  const open = () => {
    if (typeof BroadcastChannel === "undefined") return null;
    channel ??= new BroadcastChannel(name);
    return channel;
  };
  return {
    post: (message) => open()?.postMessage(message),
    subscribe: (listener) => {
      const target = open();
      if (!target) return () => {};
      const onMessage = (event: MessageEvent) => {
        const parsed = safeParse(schema, event.data);
        if (parsed.success) listener(parsed.data);
      };
      target.addEventListener("message", onMessage);
      return () => target.removeEventListener("message", onMessage);
    },
  };
}
