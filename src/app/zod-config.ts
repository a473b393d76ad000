// zod's core config (shared by classic zod and zod/mini), so the entry does not load classic zod.
import { config } from "zod/v4/core";

// The production CSP has no 'unsafe-eval': zod must not compile parsers with `new Function` (nor
// probe whether it may, which a strict CSP reports as a violation). Imported first by the entry.
config({ jitless: true });
