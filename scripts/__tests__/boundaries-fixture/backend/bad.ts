import { e } from "../emulator/bad.ts";

export const y = e;
