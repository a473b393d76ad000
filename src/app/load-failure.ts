import { buttonClasses } from "../ui/button-classes.ts";

/**
 * What the page says when the app's own code could not be loaded (the entry ran, but its chunk
 * did not arrive): no React yet, so plain DOM in place of the page's content, with a way to retry.
 */
export function showLoadFailure(document: Document, href: string): void {
  const container = document.getElementById("main") ?? document.getElementById("root") ?? document.body;
  const alert = document.createElement("div");
  alert.setAttribute("role", "alert");
  alert.className = "mx-auto max-w-lg py-16 text-center";
  const heading = document.createElement("h1");
  heading.className = "text-2xl font-semibold tracking-tight text-slate-900 dark:text-slate-100";
  heading.textContent = "The console could not be loaded";
  const text = document.createElement("p");
  text.className = "mt-2 text-sm text-slate-600 dark:text-slate-400";
  text.textContent = "Part of the app did not arrive. Check the connection, then reload the page.";
  const reload = document.createElement("a");
  reload.href = href;
  reload.className = `${buttonClasses("primary")} mt-6`;
  reload.textContent = "Reload page";
  alert.append(heading, text, reload);
  container.replaceChildren(alert);
}
