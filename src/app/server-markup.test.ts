import { describe, expect, it } from "vitest";
import { liftStyles, withControlsOff } from "./server-markup.ts";

describe("liftStyles", () => {
  it("turns each style attribute into a data attribute and one rule per distinct style", () => {
    const markup =
      '<table style="--col-name:220px;width:1376px"><tr style="height:44px"><td class="px-3">a</td></tr>' +
      '<tr style="height:44px"><td>b</td></tr><tr data-spacer="" style="height:748px"></tr></table>';
    expect(liftStyles(markup)).toEqual({
      html:
        '<table data-style="0"><tr data-style="1"><td class="px-3">a</td></tr>' +
        '<tr data-style="1"><td>b</td></tr><tr data-spacer="" data-style="2"></tr></table>',
      css: '[data-style="0"]{--col-name:220px;width:1376px}\n[data-style="1"]{height:44px}\n[data-style="2"]{height:748px}',
    });
  });

  it("leaves markup without styles as it is", () => {
    expect(liftStyles('<p title="style=&quot;x&quot;">style="y"</p>')).toEqual({
      html: '<p title="style=&quot;x&quot;">style="y"</p>',
      css: "",
    });
  });
});

describe("withControlsOff", () => {
  it("disables every button and input, and leaves links alone", () => {
    expect(
      withControlsOff(
        '<a href="/x">x</a><button type="button">b</button><input type="checkbox" aria-label="c"/>',
      ),
    ).toBe(
      '<a href="/x">x</a><button disabled type="button">b</button><input disabled type="checkbox" aria-label="c"/>',
    );
  });
});
