/**
 * The `sitrep` command line. I/O (streams, environment, working directory, clock) comes in as
 * parameters; every command returns its exit code: 0 success, 1 when any item failed, 2 on usage errors.
 */
import { Command, CommanderError } from 'commander';
import { UsageError, describeError, isSitrepError } from '../core/errors.ts';
import { readSettings } from '../config/settings.ts';
import { registerDataCommands } from './data-commands.ts';
import { registerQueryCommands } from './query-commands.ts';
import { registerPlaceCommands } from './place-commands.ts';
import { registerCoverageCommands } from './coverage-commands.ts';
import { registerMuc4Commands } from './muc4-commands.ts';
import { registerEditCommands } from './edit-commands.ts';
import { registerBriefCommands } from './brief-commands.ts';
import { registerServeCommand } from './serve-command.ts';

export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  /** The current time; the clock stays at the edge. */
  now?: () => Date;
}

export interface CommandContext {
  io: CliIO;
  out(text: string): void;
  err(text: string): void;
  settings(options: { db?: string; maxSize?: string }): ReturnType<typeof readSettings>;
  setExit(code: number): void;
  now(): Date;
}

export function buildProgram(ctx: CommandContext): Command {
  const program = new Command();
  program
    .name('sitrep')
    .description('Claims-first incident extraction for analysts of terrorism and political violence.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.io.stdout.write(s), writeErr: (s) => ctx.io.stderr.write(s) })
    .showHelpAfterError(false);
  registerDataCommands(program, ctx);
  registerQueryCommands(program, ctx);
  registerPlaceCommands(program, ctx);
  registerCoverageCommands(program, ctx);
  registerMuc4Commands(program, ctx);
  registerEditCommands(program, ctx);
  registerBriefCommands(program, ctx);
  registerServeCommand(program, ctx);
  return program;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  let exitCode = 0;
  const ctx: CommandContext = {
    io,
    out: (text) => io.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => io.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    settings: (options) => readSettings(io.env, options),
    setExit: (code) => { exitCode = Math.max(exitCode, code); },
    now: () => (io.now ? io.now() : new Date()),
  };
  const program = buildProgram(ctx);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      ctx.err(`sitrep: ${error.message}`);
      return 2;
    }
    ctx.err(`sitrep: ${isSitrepError(error) ? `[${error.code}] ` : ''}${describeError(error)}`);
    return 1;
  }
}
