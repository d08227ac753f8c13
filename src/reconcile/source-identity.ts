/**
 * Which source entity a claim's statement belongs to. A source is named once in the store and
 * every claim of it points there, whatever the wording: the extractor already gives canonical
 * registry names ("National Security Committee (Kazakhstan)"), and the key folds case, accents,
 * punctuation, articles and word order ("Interior Ministry of the Republic of Tajikistan" and
 * "Tajik Interior Ministry" through the country words). Generic speakers ("officials", "Police",
 * "witnesses") are no entity on their own: they are qualified by the country of the incident
 * ("Police (ML)"). The document's own voice is its outlet when known, else no entity.
 */
import type { Claim, SourceKind } from '../core/types.ts';

export interface SourceIdentity {
  id: string;
  name: string;
  kind: SourceKind;
}

export interface SourceIdentityContext {
  /** The reporting document's outlet, for claims in the document's own voice. */
  outlet: string | null;
  /** Country of the incident (ISO alpha-2), to qualify generic speakers. */
  countryCode: string | null;
  /** Country code of a country name or demonym ("tajik", "tajikistan"), when the word is one. */
  countryOfWord?: (word: string) => string | null;
  /** Lower-cased canonical names of generic bodies ("police", "interior ministry") that need a country. */
  genericNames?: ReadonlySet<string>;
}

const DROPPED = new Set(['the', 'of', 'a', 'an', 'republic', 'and', 's', 'its', 'his', 'her', 'their']);

/** Words of a name, folded: lower case, no accents, no punctuation. */
function foldedWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** The key of a name: its folded words without articles, country words as codes, in sorted order. */
export function sourceKey(name: string, countryOfWord?: (word: string) => string | null): string {
  const words = foldedWords(name).filter((w) => !DROPPED.has(w));
  const keyed = words.map((w) => {
    const cc = countryOfWord?.(w);
    return cc ? cc.toLowerCase() : w;
  });
  return [...new Set(keyed)].sort().join(' ');
}

/** Common words that open a generic speaker's name ("Witnesses", "Local sources", "Security sources"). */
const COMMON_OPENERS = new Set([
  'officials', 'official', 'witnesses', 'witness', 'residents', 'resident', 'local', 'security', 'hospital', 'police', 'army',
  'military', 'government', 'authorities', 'sources', 'source', 'spokesman', 'spokeswoman', 'spokesperson', 'statement', 'another',
  'a', 'the', 'medical', 'health', 'rescue', 'regional', 'provincial', 'district', 'state', 'senior', 'village', 'tribal',
]);

/** A generic speaker: a registry body without a country, a lower-case description, or a common word with no proper noun after it. */
function isGeneric(name: string, generic: ReadonlySet<string> | undefined): boolean {
  if (generic?.has(name.toLowerCase())) return true;
  if (/\([^)]+\)\s*$/.test(name)) return false;
  const words = name.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return false;
  if (/^\p{Ll}/u.test(words[0]!)) return true;
  return words.slice(1).every((w) => !/^\p{Lu}/u.test(w)) && COMMON_OPENERS.has(words[0]!.toLowerCase());
}

export function sourceIdentity(claim: Pick<Claim, 'source' | 'source_kind'>, ctx: SourceIdentityContext): SourceIdentity | null {
  if (claim.source_kind === 'document' || claim.source === 'document') {
    if (!ctx.outlet) return null;
    return { id: sourceKey(ctx.outlet, ctx.countryOfWord), name: ctx.outlet, kind: 'media' };
  }
  const name = claim.source.trim();
  if (name === '') return null;
  const key = sourceKey(name, ctx.countryOfWord);
  if (key === '') return null;
  if (isGeneric(name, ctx.genericNames) && ctx.countryCode) {
    const display = `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
    // the country joins the key as a word, so "Interior ministry" in a Tajik incident is "Interior Ministry of Tajikistan"
    return { id: sourceKey(`${name} ${ctx.countryCode.toLowerCase()}`, ctx.countryOfWord), name: `${display} (${ctx.countryCode.toUpperCase()})`, kind: claim.source_kind };
  }
  return { id: key, name, kind: claim.source_kind };
}
