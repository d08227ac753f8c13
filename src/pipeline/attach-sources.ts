/**
 * Names the source entity of every claim before it is stored: the canonical key of the speaker
 * (country words folded to codes, generic bodies qualified by the incident's country, the
 * document's own voice as its outlet), and the entities themselves on the incident.
 */
import type { Incident, SourceDocument, SourceEntity } from '../core/types.ts';
import { GENERIC_STATE_BODIES } from '../extract/lexicon/actors/state-bodies.ts';
import { sourceIdentity } from '../reconcile/source-identity.ts';

const GENERIC = new Set(GENERIC_STATE_BODIES.map((b) => b.name.toLowerCase()));

export function attachSources(document: SourceDocument, incidents: Incident[], countryOfWord?: (word: string) => string | null): Incident[] {
  return incidents.map((incident) => {
    const entities = new Map<string, SourceEntity>();
    const claims = incident.claims.map((claim) => {
      const identity = sourceIdentity(claim, { outlet: document.outlet, countryCode: incident.place?.country_code ?? null, countryOfWord, genericNames: GENERIC });
      if (!identity) return claim;
      const entity = entities.get(identity.id) ?? { ...identity, reliability: 'F' as const, aliases: [], claims: 0 };
      entity.claims++;
      const alias = claim.source === 'document' ? identity.name : claim.source;
      if (!entity.aliases.includes(alias)) entity.aliases.push(alias);
      entities.set(identity.id, entity);
      return { ...claim, source_id: identity.id };
    });
    return { ...incident, claims, sources: [...entities.values()] };
  });
}
