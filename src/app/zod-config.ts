import { z } from "zod";

// The production CSP has no 'unsafe-eval': zod must not compile parsers with `new Function` (nor
// probe whether it may, which a strict CSP reports as a violation). Imported first by the entry.
z.config({ jitless: true });
