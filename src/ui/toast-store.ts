type ToastKind = "success" | "error" | "info";

export interface ToastAction {
  label: string;
  /** What the action does, for screen readers that announce the toast without its buttons. */
  altText?: string;
  onClick: () => void;
}

export interface ToastOptions {
  /** A toast with the id of one already shown replaces it, so a repeated failure shows once. */
  id?: string;
  action?: ToastAction;
  /** Milliseconds; errors stay longer by default. */
  duration?: number;
}

export interface ToastItem {
  id: string;
  kind: ToastKind;
  message: string;
  action?: ToastAction;
  duration: number;
}

type Listener = () => void;

let items: readonly ToastItem[] = [];
const listeners = new Set<Listener>();
let nextId = 1;

function emit(next: readonly ToastItem[]) {
  items = next;
  for (const listener of listeners) listener();
}

function show(kind: ToastKind, message: string, options: ToastOptions = {}): string {
  const id = options.id ?? `toast-${nextId++}`;
  const item: ToastItem = {
    id,
    kind,
    message,
    action: options.action,
    duration: options.duration ?? (kind === "error" ? 10_000 : 5_000),
  };
  emit([...items.filter((t) => t.id !== id), item]);
  return id;
}

/** Shows notifications from anywhere (components, query callbacks); `<Toaster>` renders them. */
export const toast = {
  success: (message: string, options?: ToastOptions) => show("success", message, options),
  error: (message: string, options?: ToastOptions) => show("error", message, options),
  info: (message: string, options?: ToastOptions) => show("info", message, options),
  dismiss: (id: string) => emit(items.filter((t) => t.id !== id)),
  clear: () => emit([]),
};

export function subscribeToasts(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function getToasts(): readonly ToastItem[] {
  return items;
}
