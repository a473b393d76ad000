export const app = import("../../emulator/bad.ts");
