// zod's core config (shared by classic zod and zod/mini), so the entry does not load classic zod.
import { config } from "zod/v4/core";
import { en } from "zod/v4/locales";

// The production CSP has no 'unsafe-eval': zod must not compile parsers with `new Function` (nor
// probe whether it may, which a strict CSP reports as a violation). Imported first by the entry.
// The API's schemas are zod/mini's, which brings no messages of its own: English ones, as classic
// zod sets, so a response that does not match names what is wrong ("expected string, received
// number"), not only "Invalid input".
config({ jitless: true, ...en() });
