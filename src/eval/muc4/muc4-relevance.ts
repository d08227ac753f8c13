/**
 * The MUC-4 task's own conventions, learned from the training split by the document classifier
 * and applied on top of sitrep's incidents. Relevance: its fill rules leave out, for example,
 * clashes between armed forces and old events, so a document the classifier firmly calls
 * irrelevant gets no template, and a document it calls relevant where sitrep's rules found
 * nothing gets one template from the learned tagger. Type: MUC-4's "attack" takes in murders and
 * assaults in which a grenade or a fire is incidental, so a single incident that the classifier
 * calls an attack is typed "attack" whatever its GTD types.
 */
import type { LearnedModel } from '../../extract/learned/learned-model.ts';
import { classifyDocument, type DocumentClass } from '../../extract/learned/classify-document.ts';
import { tagRoles } from '../../extract/learned/role-tagger.ts';
import { trimSpan } from '../../extract/learned/learned-role-claims.ts';
import type { TaggingContext } from '../../extract/learned/tagging-context.ts';
import { MUC4_ROLES, type Muc4Template } from './muc4-types.ts';
import { normalizeMuc4String } from './normalize-muc4-string.ts';

export interface Muc4RelevanceOptions {
  /** Below this classifier margin, sitrep's incidents are not MUC-4 incidents. */
  dropBelow: number;
  /** At or above this margin, a document without incidents gets a learned template. */
  addAtOrAbove: number;
  /** A single incident in a document the classifier calls an attack is typed "attack". */
  singleAttack: boolean;
}

/** Chosen by 5-fold cross-validation on the training split (scripts/tune-muc4-relevance.ts), never on the dev split. */
export const DEFAULT_MUC4_RELEVANCE: Muc4RelevanceOptions = { dropBelow: -100, addAtOrAbove: -50, singleAttack: true };

/** One template of every role filler the tagger finds in the document, typed by the classifier. */
export function learnedTemplate(ctx: TaggingContext, model: LearnedModel, type: string): Muc4Template {
  const template: Muc4Template = { incident_type: type, PerpInd: [], PerpOrg: [], Target: [], Victim: [], Weapon: [] };
  const seen = new Set<string>();
  for (const tagged of tagRoles(ctx, model.tagger)) {
    const span = trimSpan(ctx, tagged) ?? (tagged.role === 'PerpOrg' ? tagged : null);
    if (!span || !MUC4_ROLES.includes(span.role)) continue;
    const key = `${span.role}\u0000${normalizeMuc4String(span.text)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    template[span.role].push([span.text.toLowerCase()]);
  }
  return template;
}

/**
 * The adjustment itself, given the classifier's decision: pure, so that the thresholds can be
 * tuned over stored decisions (scripts/tune-muc4-relevance.ts). `learned` gives the learned
 * template when one is needed.
 */
export function adjustToMuc4(
  templates: Muc4Template[],
  decision: Pick<DocumentClass, 'margin' | 'type'>,
  learned: () => Muc4Template,
  options: Muc4RelevanceOptions = DEFAULT_MUC4_RELEVANCE,
): Muc4Template[] {
  if (templates.length > 0 && decision.margin < options.dropBelow) return [];
  if (templates.length === 1 && options.singleAttack && decision.type === 'attack') return [{ ...templates[0]!, incident_type: 'attack' }];
  if (templates.length > 0) return templates;
  return decision.margin >= options.addAtOrAbove ? [learned()] : [];
}

/** sitrep's templates for the document, adjusted to the MUC-4 task's relevance. */
export function applyMuc4Relevance(
  templates: Muc4Template[],
  ctx: TaggingContext,
  model: LearnedModel,
  options: Muc4RelevanceOptions = DEFAULT_MUC4_RELEVANCE,
): Muc4Template[] {
  const decision = classifyDocument(ctx, model.classifier);
  return adjustToMuc4(templates, decision, () => learnedTemplate(ctx, model, decision.type), options);
}
