/**
 * Where the rules run out: role fillers found by the learned tagger (victims named or
 * described, physical targets, weapons) become claims of the incident reported in their
 * sentence (a sentence that holds none of the rules' claims reports no incident, and its
 * fillers are dropped). A filler that overlaps one the rules already found is left to them.
 */
import type { Claim, IncidentDraft } from '../../core/types.ts';
import { TARGET_TYPES, WEAPON_TYPES } from '../lexicon/role-lexicon.ts';
import type { LearnedModel } from './learned-model.ts';
import { tagRoles, type Role, type RoleSpan } from './role-tagger.ts';
import type { TaggingContext } from './tagging-context.ts';

export interface LearnedRoleOptions {
  /** Roles taken from the tagger. */
  roles: readonly Role[];
  /** Lower score of "O" before decoding (recall against precision). */
  outsidePenalty: number;
  /** Spans whose mean margin over "O" is below this are dropped. */
  minConfidence: number;
}

export const DEFAULT_LEARNED_ROLE_OPTIONS: LearnedRoleOptions = { roles: ['Victim', 'Target'], outsidePenalty: 0, minConfidence: 25 };

/** The GTD type of a phrase from the lexicon entry its last words match, or "Unknown". */
export function lexiconTypeOf(text: string, table: ReadonlyArray<readonly [string, readonly string[]]>): string {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const tail = words.slice(-n).join(' ');
    for (const [type, forms] of table) if (forms.includes(tail)) return type;
  }
  return 'Unknown';
}

const FIELD_OF: Partial<Record<Role, 'victim' | 'target' | 'weapon'>> = { Victim: 'victim', Target: 'target', Weapon: 'weapon' };

/** Character span of each sentence of the tagging context (null for a sentence without tokens). */
function sentenceSpans(ctx: TaggingContext): Array<{ start: number; end: number } | null> {
  const starts = ctx.sentenceStarts;
  const spans: Array<{ start: number; end: number } | null> = [];
  for (let s = 0; s + 1 < starts.length; s++) {
    spans.push(starts[s] === starts[s + 1] ? null : { start: ctx.tokens[starts[s]!]!.start, end: ctx.tokens[starts[s + 1]! - 1]!.end });
  }
  return spans;
}

/**
 * The draft that reports each sentence: the main draft with most of the rules' claims quoted
 * from it (the first on a tie). A sentence that holds none reports no incident and is absent.
 */
function reportingDrafts(spans: ReadonlyArray<{ start: number; end: number } | null>, drafts: readonly IncidentDraft[]): Map<number, IncidentDraft> {
  const chosen = new Map<number, IncidentDraft>();
  spans.forEach((sentence, s) => {
    if (!sentence) return;
    let best = 0;
    for (const d of drafts) {
      if (d.background) continue;
      let count = 0;
      for (const c of d.claims) if (c.start < sentence.end && c.end > sentence.start) count++;
      if (count > best) { best = count; chosen.set(s, d); }
    }
  });
  return chosen;
}

const HAS_LETTER = /\p{L}/u;
/** Words that count or quantify but name nothing ("several", "7th"): a span of only these is no filler. */
const QUANTIFIERS = new Set(['several', 'many', 'few', 'some', 'dozens', 'hundreds', 'thousands', 'numerous', 'various', 'other', 'others', 'more', 'most', 'both', 'each', 'every', 'pm', 'am']);
const EDGE_WORDS = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 's', 'along', 'near', 'against',
  'after', 'before', 'during', 'into', 'onto', 'over', 'under', 'through', 'across', 'between', 'toward', 'towards', 'which',
  'who', 'whom', 'whose', 'that', 'this', 'these', 'those', 'it', 'its', 'their', 'his', 'her', 'they', 'he', 'she', 'we',
  'i', 'you', 'also', 'been', 'was', 'were', 'is', 'are', 'be', 'has', 'have', 'had', 'not', 'no', 'there', 'here', 'when',
  'where', 'while', 'as', 'than', 'then', 'so', 'but', 'all', 'some', 'said', 'says', 'say',
]);

/**
 * The span without punctuation or function words at its edges; null when nothing worth keeping
 * is left (no word of letters that names something), or when it names an armed group or a media
 * outlet (never a victim or a target here).
 */
export function trimSpan(ctx: TaggingContext, span: RoleSpan): RoleSpan | null {
  let [first, last] = [span.tokens[0], span.tokens[1] - 1];
  const weak = (k: number): boolean => !HAS_LETTER.test(ctx.tokens[k]!.word) || EDGE_WORDS.has(ctx.tokens[k]!.word);
  while (first <= last && weak(first)) first++;
  while (last >= first && weak(last)) last--;
  if (first > last) return null;
  // A span that starts or ends inside a hyphenated word takes in the whole word.
  const glued = (a: number, b: number): boolean => ctx.tokens[a]!.end === ctx.tokens[b]!.start;
  const hyphenBefore = (k: number): boolean => k >= 2 && ctx.tokens[k - 1]!.word === '-' && glued(k - 1, k) && glued(k - 2, k - 1) && HAS_LETTER.test(ctx.tokens[k - 2]!.word);
  const hyphenAfter = (k: number): boolean => k + 2 < ctx.tokens.length && ctx.tokens[k + 1]!.word === '-' && glued(k, k + 1) && glued(k + 1, k + 2) && HAS_LETTER.test(ctx.tokens[k + 2]!.word);
  while (hyphenBefore(first)) first -= 2;
  while (hyphenAfter(last)) last += 2;
  const start = ctx.tokens[first]!.start;
  const end = ctx.tokens[last]!.end;
  const text = ctx.text.slice(start, end);
  if (text.length < 3) return null;
  let content = false;
  for (let k = first; k <= last && !content; k++) {
    const word = ctx.tokens[k]!.word;
    content = /^\p{L}+$/u.test(word) && !QUANTIFIERS.has(word);
  }
  if (!content) return null;
  for (let k = first; k <= last; k++) if (ctx.tokens[k]!.actor && !ctx.tokens[k]!.actor!.endsWith('state_body')) return null;
  return { ...span, start, end, text, tokens: [first, last + 1] };
}

/**
 * Whether the span cannot be the filler of its role: it holds an attack word ("killed", "blast"),
 * a target that ends in a weapon ("several rockets"), or it is a place (one the rules resolved in
 * this document, or a well-known place by `isPlaceName`).
 */
function implausible(ctx: TaggingContext, span: RoleSpan, places: ReadonlySet<string>, isPlaceName: (text: string) => boolean): boolean {
  const [first, end] = span.tokens;
  for (let k = first; k < end; k++) {
    const classes = ctx.tokens[k]!.lexicon;
    if (classes.includes('trigger') || classes.includes('figure')) return true;
  }
  const head = ctx.tokens[end - 1]!.lexicon;
  if (span.role !== 'Weapon' && head.includes('weapon') && !head.includes('target') && !head.includes('victim')) return true;
  return places.has(span.text.toLowerCase()) || isPlaceName(span.text);
}

function placeMentions(drafts: readonly IncidentDraft[]): Set<string> {
  const names = new Set<string>();
  for (const d of drafts) {
    for (const c of d.claims) if (c.field === 'place' || c.field === 'place_mentioned') names.add(c.value.mention.toLowerCase());
  }
  return names;
}

function overlapsRuleClaim(draft: IncidentDraft, field: string, span: RoleSpan): boolean {
  return draft.claims.some((c) => {
    if (c.field !== field) return false;
    const text = (c.value as { text?: string }).text?.toLowerCase();
    return text !== undefined && (text.includes(span.text.toLowerCase()) || span.text.toLowerCase().includes(text));
  });
}

function claimFor(field: 'victim' | 'target' | 'weapon', span: RoleSpan, quote: { start: number; end: number }, draft: IncidentDraft, text: string): Claim {
  const documentClaim = draft.claims.find((c) => c.source_kind === 'document');
  const base = {
    source: 'document',
    source_kind: 'document' as const,
    stance: 'asserts' as const,
    quote: text.slice(quote.start, quote.end),
    document: draft.document,
    start: quote.start,
    end: quote.end,
    reported_at: documentClaim?.reported_at ?? null,
    extractor: 'learned' as const,
  };
  if (field === 'victim') return { ...base, field, value: { text: span.text } };
  if (field === 'target') return { ...base, field, value: { text: span.text, type: lexiconTypeOf(span.text, TARGET_TYPES) } };
  return { ...base, field, value: { text: span.text, type: lexiconTypeOf(span.text, WEAPON_TYPES) } };
}

/** The drafts with the learned role claims added (new draft objects; the input is not changed). */
export function addLearnedRoleClaims(
  drafts: readonly IncidentDraft[],
  ctx: TaggingContext,
  model: LearnedModel,
  options: LearnedRoleOptions = DEFAULT_LEARNED_ROLE_OPTIONS,
  isPlaceName: (text: string) => boolean = () => false,
): IncidentDraft[] {
  const out = drafts.map((d) => ({ ...d, claims: [...d.claims] }));
  if (out.length === 0) return out;
  const seen = new Set<string>();
  const spans = sentenceSpans(ctx);
  const reporting = reportingDrafts(spans, out);
  const places = placeMentions(out);
  for (const tagged of tagRoles(ctx, model.tagger, options.outsidePenalty, (s) => reporting.has(s))) {
    const field = FIELD_OF[tagged.role];
    if (!field || !options.roles.includes(tagged.role) || tagged.confidence < options.minConfidence) continue;
    const span = trimSpan(ctx, tagged);
    if (!span || implausible(ctx, span, places, isPlaceName)) continue;
    const s = ctx.tokens[span.tokens[0]]!.sentence;
    const sentence = spans[s]!;
    const draft = reporting.get(s)!;
    const key = `${draft.key}\u0000${field}\u0000${span.text.toLowerCase()}`;
    if (seen.has(key) || overlapsRuleClaim(draft, field, span)) continue;
    seen.add(key);
    draft.claims.push(claimFor(field, span, sentence, draft, ctx.text));
  }
  return out;
}
