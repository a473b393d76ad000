import "../src/app/bad.ts";
import "../src/kanbert/x.ts";
