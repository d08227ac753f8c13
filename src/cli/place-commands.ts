/** `sitrep places resolve`. */
import type { Command } from 'commander';
import type { CommandContext } from './main.ts';
import { defaultGazetteer } from '../geo/gazetteer/load-gazetteer.ts';
import { resolveToponym } from '../geo/gazetteer/resolve-toponym.ts';

export function registerPlaceCommands(program: Command, ctx: CommandContext): void {
  const places = program.command('places').description('the offline gazetteer');
  places
    .command('resolve')
    .description('resolve place names to gazetteer places, with the runners-up and their scores')
    .argument('<names...>', 'place names')
    .option('--country <cc>', 'ISO 3166-1 alpha-2 country context')
    .option('--format <format>', 'table or json', 'table')
    .action((names: string[], options: { country?: string; format?: string }) => {
      const g = defaultGazetteer();
      const results = names.map((n) => resolveToponym(n, { countryCodes: options.country ? [options.country.toUpperCase()] : [] }, g));
      if (options.format === 'json') { ctx.out(JSON.stringify(results, null, 2)); return; }
      for (const r of results) {
        const p = r.place;
        ctx.out(p ? `${r.query}\t${p.name}, ${p.admin1 ?? '-'}, ${p.country ?? '-'} (${p.country_code ?? '-'})\t${p.precision}\t${p.lat ?? '-'}, ${p.lon ?? '-'}\t${p.id ?? ''}` : `${r.query}\tnot found`);
      }
      if (results.some((r) => !r.place)) ctx.setExit(1);
    });
}
