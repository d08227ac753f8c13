/** `sitrep brief`: a cited brief of one incident, or of the incidents on one calendar day, in Markdown or HTML. */
import type { Command } from 'commander';
import { NotFoundError, UsageError } from '../core/errors.ts';
import type { Incident } from '../core/types.ts';
import { formatDayBrief, formatIncidentBrief, type BriefDocument } from '../export/incident-brief.ts';
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import type { CommandContext } from './main.ts';
import { incidentDocuments } from '../pipeline/incident-documents.ts';
import { toFilter, type QueryOptions } from './query-commands.ts';

type BriefOptions = QueryOptions;

const FILTERS = ['from', 'to', 'country', 'actor', 'type', 'minKilled', 'text', 'bbox', 'limit', 'offset'] as const;

export function registerBriefCommands(program: Command, ctx: CommandContext): void {
  program
    .command('brief')
    .description('a cited brief (Markdown or HTML) of one incident, or of the incidents on a calendar day with --on')
    .argument('[id]', 'incident id')
    .option('--on <MM-DD>', 'brief of the incidents on this calendar day in any year')
    .option('--db <path>', 'SQLite database file (default ./sitrep.db, or SITREP_DB)')
    .option('--from <date>', 'with --on: incidents on or after this date (YYYY-MM-DD)')
    .option('--to <date>', 'with --on: incidents on or before this date (YYYY-MM-DD)')
    .option('--country <name>', 'with --on: country name or ISO code')
    .option('--actor <name>', 'with --on: perpetrator name (substring)')
    .option('--type <attackType>', 'with --on: GTD attack type, e.g. "Armed Assault"')
    .option('--min-killed <n>', 'with --on: at least this many victims killed (best estimate)')
    .option('--text <query>', 'with --on: full-text search over the reporting documents')
    .option('--bbox <w,s,e,n>', 'with --on: bounding box in degrees')
    .option('--limit <n>', 'with --on: at most this many incidents (default 100)')
    .option('--offset <n>', 'with --on: skip this many incidents')
    .option('--format <format>', 'markdown or html', 'markdown')
    .action(async (id: string | undefined, options: BriefOptions) => {
      const format = options.format ?? 'markdown';
      if (format !== 'markdown' && format !== 'html') throw new UsageError(`--format: expected markdown or html, not ${format}`);
      if (id !== undefined && options.on !== undefined) throw new UsageError('brief: give an incident id or --on MM-DD, not both');
      if (id === undefined && options.on === undefined) throw new UsageError('brief: give an incident id or --on MM-DD');
      const filters = FILTERS.filter((f) => options[f] !== undefined);
      if (id !== undefined && filters.length) throw new UsageError(`brief: filters apply to --on only (got ${filters.map((f) => `--${f.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`).join(', ')})`);
      const filter = options.on !== undefined ? toFilter(options) : null;
      const store = await openStore({ db: ctx.settings({ db: options.db }).db });
      try {
        if (filter) {
          const incidents = await store.listIncidents(filter);
          ctx.out(formatDayBrief(filter.onDay!, incidents, await incidentDocuments(store, incidents), { format }));
          return;
        }
        const incident = await store.getIncident(id!);
        if (!incident) throw new NotFoundError(`no incident ${id}`);
        ctx.out(formatIncidentBrief(incident, await incidentDocuments(store, [incident]), { format }));
      } finally {
        await store.close();
      }
    });
}
