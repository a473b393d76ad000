import { b } from "../src/features/b/index.ts";
import "../src/kanbert/x.ts";
export const e = b;
