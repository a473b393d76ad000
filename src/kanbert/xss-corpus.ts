/**
 * Hostile comment bodies, seeded on the "Zz Security Review Ltd" client (shortcode XSSLAB) and
 * checked by the sanitiser's unit test and the e2e: none may run, each `text` must stay readable.
 * (SVG, MathML and noscript content is dropped whole by the sanitiser, so their readable text sits
 * outside.)
 * Pure data, imports nothing: the emulator's seed, the sanitiser's unit test and the e2e share it
 * (it lives here because src/kanbert is the one folder both the app and the emulator compile).
 * Not exported from the package entry: it never reaches the app bundle.
 */
export interface XssPayload {
  /** Short description; the comment starts with it. */
  name: string;
  html: string;
  /** Text that must still be readable after sanitising. */
  text: string;
}

const X = "alert(1)";

const RAW: readonly (readonly [name: string, html: string, text: string])[] = [
  ["script tag", `<p>Hello script</p><script>${X}</script>`, "Hello script"],
  [
    "script with src",
    `<p>External script</p><script src="https://evil.example/x.js"></script>`,
    "External script",
  ],
  ["uppercase script", `<SCRIPT>${X}</SCRIPT><p>Upper case tag</p>`, "Upper case tag"],
  ["split script", `<scr<script>ipt>${X}</scr</script>ipt><p>Split tag</p>`, "Split tag"],
  ["img onerror", `<p>Broken image</p><img src=x onerror="${X}">`, "Broken image"],
  ["img onerror no quotes", `<img src=x onerror=${X}//><p>Unquoted handler</p>`, "Unquoted handler"],
  ["body onload", `<body onload="${X}"><p>Body onload</p></body>`, "Body onload"],
  ["svg onload", `<svg onload="${X}"></svg><p>SVG onload</p>`, "SVG onload"],
  ["svg script", `<svg><script>${X}</script></svg><p>SVG script</p>`, "SVG script"],
  [
    "svg animate href",
    `<p>SVG animate</p><svg><a><animate attributeName="href" values="javascript:${X}"/><text x="20" y="20">SVG animate</text></a></svg>`,
    "SVG animate",
  ],
  [
    "svg use data",
    `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='${X}'/></svg>#x"/></svg><p>SVG use</p>`,
    "SVG use",
  ],
  [
    "svg foreignObject",
    `<svg><foreignObject><iframe srcdoc="<script>${X}</script>"></iframe></foreignObject></svg><p>Foreign object</p>`,
    "Foreign object",
  ],
  [
    "math href",
    `<p>MathML link</p><math><mtext><a href="javascript:${X}">MathML link</a></mtext></math>`,
    "MathML link",
  ],
  [
    "math mglyph style",
    `<math><mtext><table><mglyph><style><img src=x onerror=${X}></style></mglyph></table></mtext></math><p>MathML mglyph</p>`,
    "MathML mglyph",
  ],
  [
    "math maction",
    `<p>MathML maction</p><math><maction actiontype="statusline" xlink:href="javascript:${X}">MathML maction</maction></math>`,
    "MathML maction",
  ],
  ["javascript href", `<p><a href="javascript:${X}">Click me</a></p>`, "Click me"],
  ["javascript href entities", `<a href="&#106;avascript:${X}">Entity link</a>`, "Entity link"],
  ["javascript href tab", `<a href="java\tscript:${X}">Tab link</a>`, "Tab link"],
  ["javascript href newline", `<a href="java&#x0A;script:${X}">Newline link</a>`, "Newline link"],
  ["javascript href spaces", `<a href="  javascript:${X}">Leading spaces link</a>`, "Leading spaces link"],
  ["vbscript href", `<a href="vbscript:msgbox(1)">VBScript link</a>`, "VBScript link"],
  [
    "data html href",
    `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Data link</a>`,
    "Data link",
  ],
  [
    "data svg img",
    `<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+"><p>Data image</p>`,
    "Data image",
  ],
  ["iframe javascript", `<iframe src="javascript:${X}"></iframe><p>Iframe src</p>`, "Iframe src"],
  ["iframe srcdoc", `<iframe srcdoc="<script>${X}</script>"></iframe><p>Iframe srcdoc</p>`, "Iframe srcdoc"],
  ["object data", `<object data="javascript:${X}"></object><p>Object tag</p>`, "Object tag"],
  ["embed src", `<embed src="javascript:${X}"><p>Embed tag</p>`, "Embed tag"],
  ["form action", `<form action="javascript:${X}"><button>Form button</button></form>`, "Form button"],
  [
    "button formaction",
    `<button formaction="javascript:${X}">Formaction button</button>`,
    "Formaction button",
  ],
  ["input autofocus", `<input autofocus onfocus="${X}" value="x"><p>Autofocus input</p>`, "Autofocus input"],
  [
    "details ontoggle",
    `<details open ontoggle="${X}"><summary>Details toggle</summary></details>`,
    "Details toggle",
  ],
  ["marquee onstart", `<marquee onstart="${X}">Marquee text</marquee>`, "Marquee text"],
  ["video source onerror", `<video><source onerror="${X}"></video><p>Video source</p>`, "Video source"],
  ["audio onerror", `<audio src=x onerror="${X}"></audio><p>Audio tag</p>`, "Audio tag"],
  ["style tag", `<style>body{background:url("javascript:${X}")}</style><p>Style tag</p>`, "Style tag"],
  [
    "style attribute",
    `<p style="background:url(javascript:${X});color:red">Style attribute</p>`,
    "Style attribute",
  ],
  ["style expression", `<p style="width:expression(${X})">CSS expression</p>`, "CSS expression"],
  ["link stylesheet", `<link rel="stylesheet" href="javascript:${X}"><p>Link tag</p>`, "Link tag"],
  [
    "meta refresh",
    `<meta http-equiv="refresh" content="0;url=javascript:${X}"><p>Meta refresh</p>`,
    "Meta refresh",
  ],
  ["base href", `<base href="javascript:${X}//"><p>Base tag</p>`, "Base tag"],
  [
    "nested handlers",
    `<div onclick="${X}"><span onmouseover="${X}"><b onfocus="${X}">Nested handlers</b></span></div>`,
    "Nested handlers",
  ],
  [
    "mutation noscript",
    `<p>Noscript mutation</p><noscript><p title="</noscript><img src=x onerror=${X}>">Noscript mutation</p></noscript>`,
    "Noscript mutation",
  ],
  ["mutation title", `<title><img src=x onerror=${X}></title><p>Title mutation</p>`, "Title mutation"],
  [
    "mutation textarea",
    `<textarea><img src=x onerror=${X}></textarea><p>Textarea mutation</p>`,
    "Textarea mutation",
  ],
  [
    "mutation svg style",
    `<svg></p><style><a id="</style><img src=1 onerror=${X}>"></svg><p>SVG style mutation</p>`,
    "SVG style mutation",
  ],
  [
    "mutation form nesting",
    `<p>Form nesting</p><form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=${X} src>">Form nesting</path></style></mtext></svg></mglyph></form></mtext></math></form>`,
    "Form nesting",
  ],
  ["template", `<template><img src=x onerror=${X}></template><p>Template tag</p>`, "Template tag"],
  ["comment breakout", `<!--><img src=x onerror=${X}>--><p>Comment breakout</p>`, "Comment breakout"],
  ["cdata", `<![CDATA[<img src=x onerror=${X}>]]><p>CDATA section</p>`, "CDATA section"],
  [
    "malformed attribute",
    `<img """><script>${X}</script>"><p>Malformed attribute</p>`,
    "Malformed attribute",
  ],
  ["unclosed tags", `<p><b><i>Unclosed tags <a href="https://example.com">still a link`, "Unclosed tags"],
  [
    "mention with handler",
    `<p>Mention handler <mention data-id="x" onclick="${X}" /></p>`,
    "Mention handler",
  ],
  [
    "mention with script inside",
    `<p>Mention child <mention data-id="x"><script>${X}</script></mention></p>`,
    "Mention child",
  ],
  [
    "anchor target opener",
    `<a href="https://example.com" target="_self" rel="opener">Opener link</a>`,
    "Opener link",
  ],
  [
    "anchor id clobbering",
    `<a id="__proto__" name="cookie" href="https://example.com">Clobber link</a>`,
    "Clobber link",
  ],
  [
    "form clobbering",
    `<form name="getElementById"><input name="attributes"></form><p>Form clobbering</p>`,
    "Form clobbering",
  ],
  ["srcset onerror", `<img srcset="x" onerror="${X}"><p>Srcset image</p>`, "Srcset image"],
  [
    "xlink href",
    `<p>XLink anchor</p><svg><a xlink:href="javascript:${X}"><text>XLink anchor</text></a></svg>`,
    "XLink anchor",
  ],
  ["encoded entities text", `<p>&lt;script&gt;${X}&lt;/script&gt; stays text</p>`, "stays text"],
  ["unicode escapes", `<a href="\u006aavascript:${X}">Unicode link</a>`, "Unicode link"],
  ["very nested", `${"<blockquote>".repeat(30)}Deep quote${"</blockquote>".repeat(30)}`, "Deep quote"],
  ["isindex", `<isindex type=image src=1 onerror=${X}><p>Isindex tag</p>`, "Isindex tag"],
];

export const XSS_CORPUS: readonly XssPayload[] = RAW.map(([name, html, text]) => ({ name, html, text }));
