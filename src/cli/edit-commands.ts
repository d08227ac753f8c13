/**
 * Analyst edits: `merge`, `split`, `move-claim`, `reject-claim`, `undo`, the audit trail
 * (`audit`), and source entities (`sources list`, `sources grade`). Every edit names its author
 * (`--user`, else the OS user, read here at the edge) and may carry a `--note`.
 */
import os from 'node:os';
import { stringify } from 'csv-stringify/sync';
import type { Command } from 'commander';
import { UsageError } from '../core/errors.ts';
import type { Reliability } from '../core/types.ts';
import type { EditAuthor, EditResult } from '../store/store.ts';
import type { CommandContext } from './main.ts';
import { withStore } from './with-store.ts';

interface EditOptions {
  db?: string;
  user?: string;
  note?: string;
  format?: string;
}

function author(ctx: CommandContext, options: EditOptions): EditAuthor {
  let user = options.user ?? ctx.io.env.SITREP_USER ?? ctx.io.env.USER ?? ctx.io.env.USERNAME;
  if (!user) {
    try {
      user = os.userInfo().username;
    } catch {
      user = 'unknown';
    }
  }
  return { user, note: options.note ?? null };
}

function positiveInteger(value: string, what: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n <= 0) throw new UsageError(`${what}: not a claim or edit number: ${value}`);
  return n;
}

function withEditOptions(cmd: Command): Command {
  return cmd
    .option('--db <path>', 'SQLite database file (default ./sitrep.db, or SITREP_DB)')
    .option('--user <name>', 'who makes the edit (default SITREP_USER or the OS user)')
    .option('--note <text>', 'why, for the audit trail')
    .option('--format <format>', 'text or json', 'text');
}


function report(ctx: CommandContext, options: EditOptions, what: string, result: EditResult): void {
  if (options.format === 'json') ctx.out(JSON.stringify(result, null, 2));
  else ctx.out(`edit ${result.edit}: ${what}; incidents now: ${result.incidents.join(', ') || '-'} (undo: sitrep undo ${result.edit})`);
}

export function registerEditCommands(program: Command, ctx: CommandContext): void {
  withEditOptions(program.command('merge').description('merge incidents into one (a must-link automatic re-clustering keeps)').argument('<ids...>', 'two or more incident ids'))
    .action(async (ids: string[], options: EditOptions) => {
      if (ids.length < 2) throw new UsageError('merge: give at least two incident ids');
      const result = await withStore(ctx, options.db, (s) => s.mergeIncidents(ids, author(ctx, options)));
      report(ctx, options, `merged ${ids.join(', ')}`, result);
    });

  withEditOptions(
    program.command('split').description('split documents or claims off an incident into an incident of their own (a cannot-link)').argument('<id>', 'incident id')
      .option('--documents <ids>', 'comma-separated document ids whose reports leave the incident')
      .option('--claims <ids>', 'comma-separated claim ids that leave the incident'),
  ).action(async (id: string, options: EditOptions & { documents?: string; claims?: string }) => {
    if (!options.documents === !options.claims) throw new UsageError('split: give --documents or --claims (one of them)');
    const part = options.documents
      ? { documents: options.documents.split(',').map((d) => d.trim()).filter(Boolean) }
      : { claims: options.claims!.split(',').map((c) => positiveInteger(c.trim(), '--claims')) };
    const result = await withStore(ctx, options.db, (s) => s.splitIncident(id, part, author(ctx, options)));
    report(ctx, options, `split ${id}`, result);
  });

  withEditOptions(program.command('move-claim').description('move one claim to another incident').argument('<claim>', 'claim id (shown by sitrep show)')
    .requiredOption('--to <id>', 'the incident it belongs to'))
    .action(async (claim: string, options: EditOptions & { to: string }) => {
      const result = await withStore(ctx, options.db, (s) => s.moveClaim(positiveInteger(claim, 'move-claim'), options.to, author(ctx, options)));
      report(ctx, options, `moved claim ${claim} to ${options.to}`, result);
    });

  withEditOptions(program.command('reject-claim').description('judge a claim wrong: it stays visible but leaves the reconciled values').argument('<claim>', 'claim id')
    .requiredOption('--why <reason>', 'why the claim is wrong'))
    .action(async (claim: string, options: EditOptions & { why: string }) => {
      const result = await withStore(ctx, options.db, (s) => s.rejectClaim(positiveInteger(claim, 'reject-claim'), options.why, author(ctx, options)));
      report(ctx, options, `rejected claim ${claim}`, result);
    });

  withEditOptions(program.command('undo').description('undo an edit (merge, split, move, rejection or grade)').argument('<edit>', 'edit id (sitrep audit lists them)'))
    .action(async (edit: string, options: EditOptions) => {
      const result = await withStore(ctx, options.db, (s) => s.undoEdit(positiveInteger(edit, 'undo'), author(ctx, options)));
      report(ctx, options, `undid edit ${edit}`, result);
    });

  program.command('audit').description('the audit trail of analyst edits: who, when, what, why, and whether undone')
    .option('--db <path>', 'SQLite database file (default ./sitrep.db, or SITREP_DB)')
    .option('--format <format>', 'table, json or csv', 'table')
    .action(async (options: { db?: string; format?: string }) => {
      const entries = await withStore(ctx, options.db, (s) => s.listEdits());
      const format = options.format ?? 'table';
      if (format === 'json') ctx.out(JSON.stringify({ edits: entries }, null, 2));
      else if (format === 'csv') {
        ctx.out(stringify(entries.map((e) => ({ ...e, payload: JSON.stringify(e.payload) })), { header: true, columns: ['id', 'at', 'user', 'action', 'target', 'note', 'undone_at', 'undone_by', 'payload'] }).trimEnd());
      } else if (format === 'table') {
        if (entries.length === 0) ctx.out('no edits');
        for (const e of entries) {
          ctx.out(`${String(e.id).padStart(4)}  ${e.at}  ${e.user.padEnd(12)}  ${e.action.padEnd(12)}  ${e.target}${e.note ? `  — ${e.note}` : ''}${e.undone_at ? `  [undone ${e.undone_at} by ${e.undone_by}]` : ''}`);
        }
      } else throw new UsageError(`--format: expected table, json or csv, not ${format}`);
    });

  const sources = program.command('sources').description('source entities (outlets, ministries, group channels, experts) with Admiralty grades');
  sources.command('list').description('every source with its grade, aliases and number of claims')
    .option('--db <path>', 'SQLite database file (default ./sitrep.db, or SITREP_DB)')
    .option('--format <format>', 'table or json', 'table')
    .action(async (options: { db?: string; format?: string }) => {
      const list = await withStore(ctx, options.db, (s) => s.listSources());
      if (options.format === 'json') return ctx.out(JSON.stringify({ sources: list }, null, 2));
      if (options.format && options.format !== 'table') throw new UsageError(`--format: expected table or json, not ${options.format}`);
      ctx.out(['grade  claims  kind         source [id]  (aliases)', ...list.map((s) =>
        `${s.reliability.padEnd(5)}  ${String(s.claims).padStart(6)}  ${s.kind.padEnd(11)}  ${s.name} [${s.id}]${s.aliases.filter((a) => a !== s.name).length ? `  (${s.aliases.filter((a) => a !== s.name).join('; ')})` : ''}`)].join('\n'));
      ctx.out(`${list.length} source${list.length === 1 ? '' : 's'}; grades A (completely reliable) to E (unreliable), F cannot be judged`);
    });
  withEditOptions(sources.command('grade').description('set a source\'s reliability grade (A-F); reused for every claim of it').argument('<source>', 'source name, alias or id').argument('<grade>', 'A, B, C, D, E or F'))
    .action(async (name: string, grade: string, options: EditOptions) => {
      const g = grade.toUpperCase();
      if (!/^[A-F]$/.test(g)) throw new UsageError(`sources grade: ${grade} is not an Admiralty grade (A-F)`);
      const result = await withStore(ctx, options.db, (s) => s.gradeSource(name, g as Reliability, author(ctx, options)));
      report(ctx, options, `graded ${result.source.name} ${g}`, result);
    });
}
