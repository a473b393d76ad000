import fc from "fast-check";

/**
 * Property tests print their seed and path when they fail (fast-check's own report:
 * `{ seed: 1234, path: "5:2", endOnFailure: true }`). To replay that run exactly:
 *   FC_SEED=1234 FC_PATH=5:2 npx vitest run <file>
 */
export function configureFastCheck(env: Record<string, string | undefined>): void {
  const seed = env.FC_SEED === undefined ? undefined : Number(env.FC_SEED);
  if (seed === undefined) return;
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer, got '${env.FC_SEED}'`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed, ...(env.FC_PATH ? { path: env.FC_PATH } : {}) });
}

declare module "vitest" {
  /** Handed over by vitest.config.ts from the environment of the run. */
  export interface ProvidedContext {
    FC_SEED: string | undefined;
    FC_PATH: string | undefined;
  }
}
