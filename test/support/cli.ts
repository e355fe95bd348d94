import { vi } from 'vitest';
import { runCli } from '../../src/server/cli.js';
import type { TestEnv } from './app.js';

/** A `sanxiang` command run in this process: its exit code, the lines it printed, and its errors. */
export async function runCommand(
  args: string[],
  env: TestEnv,
): Promise<{ code: number; lines: string[]; out: string; err: string; last: Record<string, unknown> }> {
  const lines: string[] = [];
  const errors: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((l: unknown) => void lines.push(String(l)));
  const error = vi.spyOn(console, 'error').mockImplementation((l: unknown) => void errors.push(String(l)));
  try {
    const code = await runCli(args, env);
    const lastLine = lines.at(-1) ?? '';
    return {
      code,
      lines,
      out: lines.join('\n'),
      err: errors.join('\n'),
      last: lastLine.startsWith('{') ? (JSON.parse(lastLine) as Record<string, unknown>) : {},
    };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}
