/**
 * sitrep's incidents mapped to MUC-4 templates: the incident type from the attack types, PerpInd
 * from perpetrators named as people or descriptors, PerpOrg from organisations (as written in the
 * text), Target from physical targets, Victim from people harmed, Weapon from weapons.
 */
import type { Claim, Incident, SourceDocument } from '../../core/types.ts';
import type { PipelineDependencies } from '../../pipeline/extract-document.ts';
import { extractDocument } from '../../pipeline/extract-document.ts';
import type { Muc4Doc, Muc4Template } from './muc4-types.ts';
import { buildTaggingContext } from '../../extract/learned/tagging-context.ts';
import { applyMuc4Relevance, type Muc4RelevanceOptions } from './muc4-relevance.ts';

const PEOPLE_TARGET_TYPES = new Set(['Private Citizens & Property']);

function mucType(incident: Incident): string {
  const types = incident.attack_types;
  if (types.includes('Bombing/Explosion')) return 'bombing';
  if (types.some((t) => t.startsWith('Hostage Taking'))) return 'kidnapping';
  if (types.includes('Facility/Infrastructure Attack')) return 'arson';
  return 'attack';
}

/**
 * One entity per distinct filler. A singular beside its own plural ("guerrilla" and "guerrillas")
 * names the same participants: the plural is kept.
 */
function entities(values: string[]): string[][] {
  const keys = [...new Set(values.map((v) => v.toLowerCase().trim()).filter(Boolean))];
  const present = new Set(keys);
  return keys.filter((k) => !present.has(`${k}s`) && !present.has(`${k}es`)).map((k) => [k]);
}

export interface Muc4MappingOptions {
  /**
   * Victims from the learned tagger only: the rules' victims are counted groups ("20 people"),
   * which MUC-4 does not code as victim fillers.
   */
  learnedVictimsOnly?: boolean;
  /** The MUC-4 relevance adjustment (needs the learned model); null: sitrep's incidents as they are. */
  relevance?: Muc4RelevanceOptions | null;
}

function victimTexts(incident: Incident, options: Muc4MappingOptions): string[] {
  if (!options.learnedVictimsOnly) return incident.victims.map((v) => v.text);
  return incident.claims.filter((c): c is Extract<Claim, { field: 'victim' }> => c.field === 'victim' && c.extractor === 'learned').map((c) => c.value.text);
}

export function incidentToMuc4(incident: Incident, options: Muc4MappingOptions = {}): Muc4Template {
  const perpClaims = incident.claims.filter((c): c is Extract<Claim, { field: 'perpetrator' }> => c.field === 'perpetrator' && c.stance !== 'doubts' && c.stance !== 'denies');
  return {
    incident_type: mucType(incident),
    PerpInd: entities(perpClaims.filter((c) => c.value.kind !== 'organization').map((c) => c.value.mention ?? c.value.name)),
    PerpOrg: entities(perpClaims.filter((c) => c.value.kind === 'organization').map((c) => c.value.mention ?? c.value.name)),
    Target: entities(incident.targets.filter((t) => !PEOPLE_TARGET_TYPES.has(t.type)).map((t) => t.text)),
    Victim: entities(victimTexts(incident, options)),
    Weapon: entities(incident.weapons.map((w) => w.text)),
  };
}

export function predictMuc4(doc: { id: string; text: string }, deps: PipelineDependencies, options?: Muc4MappingOptions): Muc4Doc {
  const mapping = options ?? { learnedVictimsOnly: deps.learned !== undefined };
  const document: SourceDocument = {
    id: doc.id, hash: '', text: doc.text, title: null, outlet: null, author: null, url: null, published: null, origin: doc.id, format: 'text',
  };
  const adjust = deps.learned !== undefined && mapping.relevance !== null;
  const tagging = adjust ? buildTaggingContext(doc.text) : undefined;
  const { incidents } = extractDocument(document, deps, tagging);
  const templates = incidents.filter((i) => !i.background).map((i) => incidentToMuc4(i, mapping));
  if (!adjust) return { id: doc.id, templates };
  return { id: doc.id, templates: applyMuc4Relevance(templates, tagging!, deps.learned!, mapping.relevance ?? undefined) };
}
