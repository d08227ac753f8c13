/** `sitrep ingest`, `sitrep extract` and `sitrep demo`. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { UsageError } from '../core/errors.ts';
import type { DocumentMetadata, Incident, SourceDocument } from '../core/types.ts';
import { toExtractionResult } from '../export/extraction-result.ts';
import { formatIncidentsTable } from '../export/incidents-table.ts';
import { normalizePublished } from '../ingest/normalize-published.ts';
import { defaultDependencies } from '../pipeline/default-dependencies.ts';
import { extractDocument } from '../pipeline/extract-document.ts';
import { ingestDocuments, type IngestItemResult } from '../pipeline/ingest-documents.ts';
import { listInputs, readDocuments } from '../pipeline/read-documents.ts';
import { openStore } from '../store/open-store.ts';
import type { CommandContext } from './main.ts';
import { runServe } from './serve-command.ts';

interface MetadataOptions {
  published?: string;
  title?: string;
  outlet?: string;
  author?: string;
  url?: string;
  maxSize?: string;
  db?: string;
  format?: string;
  progress?: boolean;
}

function withMetadataOptions(cmd: Command): Command {
  return cmd
    .option('--published <date>', 'publication date (YYYY-MM-DD, YYYY-MM or YYYY) for every document')
    .option('--title <text>', 'document title')
    .option('--outlet <name>', 'outlet or publisher')
    .option('--author <name>', 'author')
    .option('--url <url>', 'source URL')
    .option('--max-size <size>', 'largest file read, e.g. 50MB (default 50MB)');
}

function metadataFrom(options: MetadataOptions): DocumentMetadata {
  let published: string | null = null;
  if (options.published) {
    published = normalizePublished(options.published);
    if (!published) throw new UsageError(`--published: not a date: ${options.published} (use YYYY-MM-DD)`);
  }
  return { published, title: options.title ?? null, outlet: options.outlet ?? null, author: options.author ?? null, url: options.url ?? null };
}

function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return dir;
}

function failureLine(item: Extract<IngestItemResult, { status: 'failed' }>): string {
  return `${item.origin}: ${item.reason} [${item.code}]`;
}

async function runIngest(ctx: CommandContext, paths: string[], options: MetadataOptions & { quiet?: boolean }): Promise<{ ok: boolean }> {
  if (paths.length === 0) throw new UsageError('ingest: give at least one file, directory or - for stdin');
  const settings = ctx.settings({ db: options.db, maxSize: options.maxSize });
  const metadata = metadataFrom(options);
  const json = options.format === 'json';
  const { inputs, failures } = await listInputs(paths);
  const store = await openStore({ db: settings.db });
  const tty = ctx.io.stderr.isTTY === true && options.progress !== false && !json;
  const bar = tty && inputs.length > 20 ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} {eta_formatted} left', stream: ctx.io.stderr as NodeJS.WritableStream }, Presets.shades_classic) : null;
  try {
    for (const f of failures) if (!f.ok && !json) ctx.err(`sitrep: ${f.origin}: ${f.reason} [${f.code}]`);
    bar?.start(inputs.length, 0);
    const summary = await ingestDocuments(store, inputs, {
      metadata,
      maxBytes: settings.maxBytes,
      stdin: ctx.io.stdin,
      deps: defaultDependencies(),
      onItem: (item) => {
        if (item.status === 'failed' && !json) {
          if (bar) ctx.io.stderr.write('\n');
          ctx.err(`sitrep: ${failureLine(item)}`);
        }
        if (!item.origin.includes('#item-')) bar?.increment();
      },
    });
    bar?.stop();
    const failedItems = failures.length + summary.failed;
    if (json) {
      const items = [
        ...failures.map((f) => (f.ok ? null : { origin: f.origin, status: 'failed', code: f.code, reason: f.reason })).filter(Boolean),
        ...summary.items,
      ];
      ctx.out(JSON.stringify({ db: settings.db, added: summary.added, unchanged: summary.unchanged, failed: failedItems, incidents: summary.incidents, items }, null, 2));
    } else if (!options.quiet) {
      ctx.err(`ingested ${summary.added} new document${summary.added === 1 ? '' : 's'} (${summary.unchanged} unchanged, ${failedItems} failed), ${summary.incidents} incident${summary.incidents === 1 ? '' : 's'} into ${settings.db}`);
    }
    if (failedItems > 0) ctx.setExit(1);
    return { ok: failedItems === 0 };
  } finally {
    await store.close();
  }
}

export function registerDataCommands(program: Command, ctx: CommandContext): void {
  withMetadataOptions(
    program
      .command('ingest')
      .description('read files, directories (recursively) or - (stdin), extract incidents and store them')
      .argument('<paths...>', 'files, directories, or - for stdin')
      .option('--db <path>', 'SQLite database file (default ./sitrep.db, or SITREP_DB)')
      .option('--format <format>', 'summary format: text or json', 'text')
      .option('--no-progress', 'no progress bar'),
  ).action(async (paths: string[], options: MetadataOptions) => {
    await runIngest(ctx, paths, options);
  });

  withMetadataOptions(
    program
      .command('extract')
      .description('extract incidents without a database and print the JSON contract')
      .argument('<paths...>', 'files, directories, or - for stdin')
      .option('--format <format>', 'json or table', 'json'),
  ).action(async (paths: string[], options: MetadataOptions) => {
    const settings = ctx.settings({ maxSize: options.maxSize });
    const metadata = metadataFrom(options);
    const { inputs, failures } = await listInputs(paths);
    const documents: SourceDocument[] = [];
    const incidents: Incident[] = [];
    let failed = 0;
    for (const f of failures) {
      if (!f.ok) { ctx.err(`sitrep: ${f.origin}: ${f.reason} [${f.code}]`); failed++; }
    }
    const deps = defaultDependencies();
    for await (const r of readDocuments(inputs, { metadata, maxBytes: settings.maxBytes, stdin: ctx.io.stdin })) {
      if (!r.ok) { ctx.err(`sitrep: ${r.origin}: ${r.reason} [${r.code}]`); failed++; continue; }
      const extracted = extractDocument(r.document, deps);
      documents.push(extracted.document);
      incidents.push(...extracted.incidents);
    }
    if (options.format === 'table') ctx.out(formatIncidentsTable(incidents));
    else ctx.out(JSON.stringify(toExtractionResult(documents, incidents), null, 2));
    if (failed > 0) ctx.setExit(1);
  });

  program
    .command('demo')
    .description('ingest the bundled example articles into the database and list the incidents found')
    .option('--db <path>', 'SQLite database file (default ./sitrep.db, or SITREP_DB)')
    .option('--serve', 'then serve the workbench over the database until interrupted (what npm start does)')
    .option('--port <port>', 'with --serve: port to listen on', '8080')
    .action(async (options: { db?: string; serve?: boolean; port?: string }) => {
      const examples = resolve(packageRoot(), 'examples', 'articles');
      if (!existsSync(examples)) throw new UsageError(`no bundled examples at ${examples}`);
      await runIngest(ctx, [examples], { db: options.db, progress: true });
      const settings = ctx.settings({ db: options.db });
      const store = await openStore({ db: settings.db });
      try {
        const incidents = await store.listIncidents({ limit: 200 });
        ctx.out(formatIncidentsTable(incidents));
        if (!options.serve) ctx.err(`next: sitrep show ID --db ${settings.db}   |   sitrep incidents --format json --db ${settings.db}`);
      } finally {
        await store.close();
      }
      if (options.serve) {
        const stopped = new Promise<void>((done) => {
          process.once('SIGINT', () => done());
          process.once('SIGTERM', () => done());
        });
        await runServe(ctx, { db: options.db, port: options.port }, stopped);
      }
    });
}
