/**
 * Extraction of one stored document into contract incidents: drafts from the extractor, role
 * fillers from the learned model where the rules found none, values derived from their claims.
 * Shared by `sitrep extract`, `sitrep ingest` and the MUC-4 harness.
 */
import type { Incident, SourceDocument } from '../core/types.ts';
import { extractIncidents, type ExtractionDependencies } from '../extract/extract-incidents.ts';
import { addLearnedRoleClaims, type LearnedRoleOptions } from '../extract/learned/learned-role-claims.ts';
import type { LearnedModel } from '../extract/learned/learned-model.ts';
import { buildTaggingContext, type TaggingContext } from '../extract/learned/tagging-context.ts';
import { deriveIncident } from '../reconcile/derive-incident.ts';

export interface ExtractedDocument {
  document: SourceDocument;
  incidents: Incident[];
}

export interface PipelineDependencies extends ExtractionDependencies {
  /** The learned model; without it only the rules run. */
  learned?: LearnedModel;
  learnedRoles?: LearnedRoleOptions;
  /** Whether a phrase names a well-known place (a learned victim or target never does). */
  isPlaceName?: (text: string) => boolean;
  /** Country code of a country name or demonym ("Tajik"), for naming sources alike. */
  countryOfWord?: (word: string) => string | null;
}

/** `tagging`: the document's tagging context when the caller has built it already (built here when needed otherwise). */
export function extractDocument(document: SourceDocument, deps: PipelineDependencies, tagging?: TaggingContext): ExtractedDocument {
  const { drafts: ruleDrafts, dateline } = extractIncidents(document, deps);
  const drafts = deps.learned && ruleDrafts.length > 0
    ? addLearnedRoleClaims(ruleDrafts, tagging ?? buildTaggingContext(document.text), deps.learned, deps.learnedRoles, deps.isPlaceName)
    : ruleDrafts;
  const enriched: SourceDocument = {
    ...document,
    published: document.published ?? dateline?.date ?? null,
    outlet: document.outlet ?? dateline?.outlet ?? null,
  };
  const incidents = drafts
    .filter((d) => d.claims.length > 0)
    .map((d) => deriveIncident(d.key, d.claims, { related: d.related, documents: [document.id], background: d.background }));
  return { document: enriched, incidents };
}
