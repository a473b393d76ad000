import { x } from "../kanbert/x.ts";
import { readFileSync } from "node:fs";
export const y = x + String(readFileSync);
