/**
 * Test support: runs the `warrant` command line in-process, as a researcher would type it, and
 * answers what it printed and its exit code (commander's own errors included).
 */
import { buildProgram } from './cli.js';

/** What one run printed, and its exit code. */
export interface CliRun {
  out: string;
  err: string;
  code: number;
}

/** Runs `warrant <args…>` in-process. */
export async function warrant(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  let code: number;
  try {
    const program = buildProgram({ out: (s) => out.push(s), err: (s) => err.push(s) });
    // Subcommands do not inherit settings made after they were created: set them on each.
    for (const c of [program, ...program.commands]) c.exitOverride().configureOutput({ writeErr: (s) => err.push(s), writeOut: (s) => out.push(s) });
    await program.parseAsync(['node', 'warrant', ...args]);
    code = typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    err.push(e instanceof Error ? e.message : String(e));
    code = 1;
  }
  process.exitCode = undefined;
  return { out: out.join('\n'), err: err.join('\n'), code };
}
