/**
 * Markup the server sends before any script has run: the build's prerendered shells (prerender.tsx)
 * and the pages rendered with their rows (server-render.tsx).
 */

/** Nothing answers a click until the app has rendered: its controls say so (the links work). */
export function withControlsOff(markup: string): string {
  return markup.replaceAll("<button ", "<button disabled ").replaceAll("<input ", "<input disabled ");
}

/**
 * Markup rendered on the server without its `style` attributes, which the CSP (no 'unsafe-inline')
 * would refuse to apply: each becomes `data-style="N"`, and `css` has one rule per distinct style,
 * for a `<style>` element the server allows by its nonce. (In the browser React sets styles through
 * the CSSOM, which the CSP allows.) React escapes attribute values, so no value can end the element.
 */
export function liftStyles(markup: string): { html: string; css: string } {
  const ids = new Map<string, number>();
  const html = markup.replace(/ style="([^"]*)"/g, (_attribute, style: string) => {
    let id = ids.get(style);
    if (id === undefined) {
      id = ids.size;
      ids.set(style, id);
    }
    return ` data-style="${id}"`;
  });
  const css = [...ids].map(([style, id]) => `[data-style="${id}"]{${style}}`).join("\n");
  return { html, css };
}
