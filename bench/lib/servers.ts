import { type ChildProcess, spawn } from "node:child_process";

/** Starts a command in its own process group and resolves once its output matches `ready`. */
export async function startServer(
  name: string,
  command: string,
  args: readonly string[],
  ready: RegExp,
  env: Readonly<Record<string, string>> = {},
): Promise<{ stop: () => Promise<void> }> {
  const child = spawn(command, args, { env: { ...process.env, ...env }, detached: true, stdio: "pipe" });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in 180 s:\n${output}`)), 180_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => reject(new Error(`${name} exited with ${code}:\n${output}`)));
  });
  return { stop: () => stopGroup(child) };
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  process.kill(-child.pid, "SIGTERM");
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, 10_000));
  await Promise.race([exited, timeout]);
}
