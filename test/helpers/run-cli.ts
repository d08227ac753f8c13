/** Runs the sitrep CLI in process with captured streams and a fixed clock (2026-06-05 12:00 UTC). */
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.ts';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(args: string[], stdinText = '', env: Record<string, string | undefined> = {}): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = new PassThrough();
  stdin.end(stdinText);
  let out = '';
  let err = '';
  stdout.on('data', (d) => { out += d; });
  stderr.on('data', (d) => { err += d; });
  const code = await main(args, { stdin, stdout, stderr, env, cwd: process.cwd(), now: () => new Date('2026-06-05T12:00:00Z') });
  return { code, out, err };
}
