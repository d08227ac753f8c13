import type { ActorEntry } from '../lexicon/actors/actor-entry.ts';
import type { NationalBodyTemplate, NationalCountry } from '../lexicon/actors/national-forces.ts';

/**
 * One state-body entry per country and template: "Salvadoran Army" (`sv-army`) with
 * aliases "salvadoran army", "army of el salvador", ... Placeholders: `{d}` every
 * demonym, `{c}` every country name (with and without a leading "the").
 */
export function expandNationalBodies(
  countries: readonly NationalCountry[],
  templates: readonly NationalBodyTemplate[],
): ActorEntry[] {
  const out: ActorEntry[] = [];
  for (const c of countries) {
    const prefix = c.iso2.toLowerCase();
    const bare = c.country.replace(/^the /i, '');
    const names = unique([c.country, bare, ...c.names].map((s) => s.toLowerCase()));
    const demonyms = unique([c.demonym, ...c.demonyms].map((s) => s.toLowerCase()));
    for (const t of templates) {
      const aliases: string[] = [];
      for (const p of t.patterns) {
        if (p.includes('{d}')) for (const d of demonyms) aliases.push(p.replaceAll('{d}', d));
        else if (p.includes('{c}')) for (const n of names) aliases.push(p.replaceAll('{c}', n));
        else aliases.push(p);
      }
      const parent = t.parentKey ? `${prefix}-${t.parentKey}` : t.genericParent;
      out.push({
        id: `${prefix}-${t.key}`,
        name: t.name.replaceAll('{C}', c.country.replace(/^the /, '')).replaceAll('{D}', c.demonym),
        kind: 'state_body',
        aliases: unique(aliases),
        country: c.iso2,
        ...(parent ? { parent } : {}),
      });
    }
  }
  return out;
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
