export { b } from "./secret.ts";
