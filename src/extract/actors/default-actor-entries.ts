import type { ActorEntry, ActorEntryKind, ActorRow } from '../lexicon/actors/actor-entry.ts';
import { ARMED_GROUPS_AFRICA } from '../lexicon/actors/armed-groups-africa.ts';
import { ARMED_GROUPS_ASIA } from '../lexicon/actors/armed-groups-asia.ts';
import { ARMED_GROUPS_EUROPE_AMERICAS } from '../lexicon/actors/armed-groups-europe-americas.ts';
import { ARMED_GROUPS_JIHADIST } from '../lexicon/actors/armed-groups-jihadist.ts';
import { ARMED_GROUPS_LATIN_AMERICA } from '../lexicon/actors/armed-groups-latin-america.ts';
import { ARMED_GROUPS_MIDDLE_EAST } from '../lexicon/actors/armed-groups-middle-east.ts';
import { ARMED_GROUPS_SOUTH_ASIA } from '../lexicon/actors/armed-groups-south-asia.ts';
import { GROUP_MEDIA } from '../lexicon/actors/group-media.ts';
import { INTERNATIONAL_ORGS } from '../lexicon/actors/international-orgs.ts';
import { MEDIA_OUTLETS } from '../lexicon/actors/media-outlets.ts';
import { NATIONAL_BODY_TEMPLATES, NATIONAL_COUNTRIES } from '../lexicon/actors/national-forces.ts';
import { POLITICAL_PARTIES } from '../lexicon/actors/political-parties.ts';
import { GENERIC_STATE_BODIES, NATIONAL_STATE_BODIES } from '../lexicon/actors/state-bodies.ts';
import { aliasVariants } from './compile-actor-trie.ts';
import { expandNationalBodies } from './expand-national-bodies.ts';

const withKind = (kind: ActorEntryKind, rows: readonly ActorRow[]): ActorEntry[] => rows.map((r) => ({ ...r, kind }));

/**
 * Every shipped actor entry. Generated national bodies drop any alias that a written
 * entry already claims ("sudanese army" belongs to the Sudanese Armed Forces entry); a
 * generated body whose very name a written entry claims is left out, and its generated
 * children point to that written entry instead.
 */
export function defaultActorEntries(): ActorEntry[] {
  const written: ActorEntry[] = [
    ...withKind('armed_group', [
      ...ARMED_GROUPS_LATIN_AMERICA,
      ...ARMED_GROUPS_JIHADIST,
      ...ARMED_GROUPS_SOUTH_ASIA,
      ...ARMED_GROUPS_MIDDLE_EAST,
      ...ARMED_GROUPS_AFRICA,
      ...ARMED_GROUPS_EUROPE_AMERICAS,
      ...ARMED_GROUPS_ASIA,
    ]),
    ...withKind('group_media', GROUP_MEDIA),
    ...withKind('media', MEDIA_OUTLETS),
    ...withKind('state_body', GENERIC_STATE_BODIES),
    ...withKind('state_body', NATIONAL_STATE_BODIES),
    ...withKind('international_org', INTERNATIONAL_ORGS),
    ...withKind('political_party', POLITICAL_PARTIES),
  ];
  const taken = new Map<string, string>();
  for (const e of written) {
    for (const a of [e.name, ...e.aliases]) for (const v of aliasVariants(a)) taken.set(v.join(' '), e.id);
  }
  const ownerOf = (alias: string): string | undefined => {
    for (const v of aliasVariants(alias)) {
      const id = taken.get(v.join(' '));
      if (id !== undefined) return id;
    }
    return undefined;
  };
  const replaced = new Map<string, string>();
  const generated: ActorEntry[] = [];
  for (const e of expandNationalBodies(NATIONAL_COUNTRIES, NATIONAL_BODY_TEMPLATES)) {
    const owner = ownerOf(e.name);
    if (owner !== undefined) {
      replaced.set(e.id, owner);
      continue;
    }
    generated.push({ ...e, aliases: e.aliases.filter((a) => ownerOf(a) === undefined) });
  }
  for (const e of generated) {
    const to = e.parent === undefined ? undefined : replaced.get(e.parent);
    if (to !== undefined) e.parent = to;
  }
  return [...written, ...generated];
}
