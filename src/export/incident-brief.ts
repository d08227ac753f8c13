/**
 * Cited briefs of incidents, in Markdown or as a standalone HTML page: the factual core of an
 * "on this day" column or an incident summary, in plain sentences. What happened, where and when;
 * who did it and who says so; the tolls as the sources state them, disputes stated as disputes;
 * how a figure changed as reports came in. Every figure and attribution carries a citation to
 * the document it comes from, with the exact quote (line breaks inside a Markdown footnote
 * become spaces; nothing else changes). A near-duplicate copy of a document is cited through
 * its original; claims an analyst rejected are left out (the incident's values are derived
 * again without them). Pure: no I/O, no clock.
 */
import { UsageError } from '../core/errors.ts';
import type { Claim, FigureField, FigureValue, Incident, PerpetratorValue, ResolvedPlace, SourceDocument, SourceKind } from '../core/types.ts';
import { findQuantities } from '../nlp/quantities/find-quantities.ts';
import { deriveIncident } from '../reconcile/derive-incident.ts';
import { reconcileFigures } from '../reconcile/reconcile-figures.ts';

/** What a brief needs to know about a document to cite it. */
export type BriefDocument = Pick<SourceDocument, 'id' | 'title' | 'outlet' | 'url' | 'published'> & { copy_of?: string | null };

export interface BriefOptions {
  format: 'markdown' | 'html';
}

// ---- wording (data) ----

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** GTD attack types as nouns for "carried out …", with the preposition that introduces their targets. */
const ACTS: Record<string, { one: string; many: string; prep: string }> = {
  'Armed Assault': { one: 'an armed assault', many: 'armed assaults', prep: 'on' },
  'Bombing/Explosion': { one: 'a bombing', many: 'bombings', prep: 'at' },
  'Facility/Infrastructure Attack': { one: 'an arson or sabotage attack', many: 'arson or sabotage attacks', prep: 'on' },
  'Unarmed Assault': { one: 'an unarmed assault', many: 'unarmed assaults', prep: 'on' },
  Assassination: { one: 'an assassination', many: 'assassinations', prep: 'targeting' },
  'Hostage Taking (Kidnapping)': { one: 'a kidnapping', many: 'kidnappings', prep: 'targeting' },
  'Hostage Taking (Barricade Incident)': { one: 'a hostage-taking', many: 'hostage-takings', prep: 'at' },
  Hijacking: { one: 'a hijacking', many: 'hijackings', prep: 'of' },
  Unknown: { one: 'an attack', many: 'attacks', prep: 'on' },
};

/** How each figure is spoken of. */
const FIGURES: Record<FigureField, { one: string; many: string; done: string; topic: string; listed: string }> = {
  killed: { one: 'person', many: 'people', done: 'killed', topic: 'the death toll', listed: 'deaths' },
  killed_perpetrators: { one: 'attacker', many: 'attackers', done: 'killed', topic: 'the number of attackers killed', listed: 'attackers’ deaths' },
  wounded: { one: 'person', many: 'people', done: 'wounded', topic: 'the number of wounded', listed: 'injuries' },
  kidnapped: { one: 'person', many: 'people', done: 'kidnapped', topic: 'the number kidnapped', listed: 'kidnappings' },
};

const QUALIFIER_WORDS: Record<FigureValue['qualifier'], string> = {
  exact: '', at_least: 'at least ', more_than: 'more than ', at_most: 'at most ', up_to: 'up to ', about: 'about ', range: '',
};

/** Words that open a target phrase that needs no article ("two gun shops", "the embassy"). */
const DETERMINERS = /^(a|an|the|this|that|these|those|its|his|her|their|several|some|many|multiple|both|each|every|various|numerous)\b/i;
/** Names of institutions that take "the" ("the Interior Ministry", "the State Committee for National Security"). */
const INSTITUTION = /\b(of|for|ministry|committee|service|agency|office|department|council|police|army|forces|government|prosecutor|court|presidency|administration|command)\b/i;

const FIGURE_FIELDS: FigureField[] = ['killed', 'killed_perpetrators', 'wounded', 'kidnapped'];

// ---- text pieces and citations ----

/** Raw text (escaped when rendered) or a group of citation numbers. */
type Piece = string | { cite: number[] };
type Sentence = Piece[];

interface Citation {
  n: number;
  document: string;
  quote: string;
}

/** Numbers citations in order of first use; a copy's claims are cited through the original document. */
class Citations {
  readonly list: Citation[] = [];
  private readonly byKey = new Map<string, Citation>();

  constructor(readonly documents: Map<string, BriefDocument>) {}

  /** The document a claim is cited through: the original of a near-duplicate copy (followed to its end). */
  citedDocument(documentId: string, claimCopyOf?: string | null): string {
    let id = documentId;
    let next: string | null | undefined = this.documents.get(id)?.copy_of ?? claimCopyOf;
    const seen = new Set([id]);
    while (next && !seen.has(next)) {
      seen.add(next);
      id = next;
      next = this.documents.get(id)?.copy_of;
    }
    return id;
  }

  cite(c: Claim): number {
    const document = this.citedDocument(c.document, c.copy_of);
    const key = `${document}\u0000${c.quote}`;
    let entry = this.byKey.get(key);
    if (!entry) {
      entry = { n: this.list.length + 1, document, quote: c.quote };
      this.byKey.set(key, entry);
      this.list.push(entry);
    }
    return entry.n;
  }

  /**
   * A citation group for these claims, at most `max` citations: one per quote, or with `perDocument`
   * one per cited document (for one statement repeated in a document).
   */
  group(claims: Claim[], max = 3, perDocument = false): Piece[] {
    const docs = new Set<string>();
    const numbers: number[] = [];
    for (const c of claims) {
      if (numbers.length >= max) break;
      const d = this.citedDocument(c.document, c.copy_of);
      if (perDocument && docs.has(d)) continue;
      docs.add(d);
      const n = this.cite(c);
      if (!numbers.includes(n)) numbers.push(n);
    }
    return numbers.length ? [{ cite: numbers.sort((a, b) => a - b) }] : [];
  }
}

// ---- small words ----

const capFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "Gunmen" → "gunmen", "At least nine soldiers" → "at least nine soldiers"; "ISIS" stays. */
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const number = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function listJoin(items: string[]): string {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A target phrase with an article when it needs one: "army unit" → "an army unit"; "two gun shops" unchanged. */
function withArticle(text: string): string {
  const t = text.trim();
  if (DETERMINERS.test(t) || /^\d/.test(t) || findQuantities(t).some((q) => q.start === 0)) return t;
  if (/^[A-Z]/.test(t) && !/^[A-Z][a-z]+ [a-z]/.test(t)) return t; // a proper name; "Tajik border outpost" gets one
  const last = t.split(/\s+/).at(-1) ?? t;
  if (/[^su]s$/i.test(last)) return t; // plural
  const an = /^[aeio]/i.test(t) || (/^u/i.test(t) && !/^u(ni|s[eu]|ra|ti)/i.test(t)) || /^hour/i.test(t);
  return `${an ? 'an' : 'a'} ${t}`;
}

/** "6 November 2019", "6 November" (no year), "June 2016", "2016", or the value as stored. */
function dateWords(value: string, omitYear: string | null = null): { prep: 'on' | 'in'; text: string } {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m && MONTHS[Number(m[2]) - 1]) return { prep: 'on', text: `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]}${m[1] === omitYear ? '' : ` ${m[1]}`}` };
  m = /^--(\d{2})-(\d{2})$/.exec(value);
  if (m && MONTHS[Number(m[1]) - 1]) return { prep: 'on', text: `${Number(m[2])} ${MONTHS[Number(m[1]) - 1]}` };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m && MONTHS[Number(m[2]) - 1]) return { prep: 'in', text: `${MONTHS[Number(m[2]) - 1]} ${m[1]}` };
  return { prep: /^\d{4}$/.test(value) ? 'in' : 'on', text: value };
}

const yearOf = (date: string | null) => (date && /^\d{4}/.test(date) ? date.slice(0, 4) : null);

/** When a statement was made, said after the verb: " on 8 November", " on the day of the attack", or nothing. */
function statedWhen(reportedAt: string | null, incidentDate: string | null): string {
  if (!reportedAt) return '';
  if (incidentDate && reportedAt === incidentDate) return ' on the day of the attack';
  const w = dateWords(reportedAt, yearOf(incidentDate));
  return ` ${w.prep} ${w.text}`;
}

function placeWords(place: ResolvedPlace): string {
  const extras = [place.admin1, place.country].filter((x, i, all): x is string => !!x && x !== place.name && all.indexOf(x) === i);
  const name = /\s[a-z][\w-]*$/.test(place.name) ? `the ${place.name}` : place.name; // "the Ishqobod border post"
  return `${name.startsWith('the ') ? 'at' : 'in'} ${name}${extras.length ? ` (${extras.join(', ')})` : ''}`;
}

function placeLabel(place: ResolvedPlace | null): string {
  if (!place) return 'Place not given';
  return place.country && place.country !== place.name ? `${place.name}, ${place.country}` : place.name;
}

function dateLabel(date: string | null): string {
  if (!date) return 'date not given';
  const w = dateWords(date);
  return date.startsWith('--') ? `${w.text} (year not given)` : w.text;
}

// ---- the incident as the brief sees it ----

interface Voice {
  key: string;
  /** The speaker or source as the subject of a clause. */
  head: string;
  /** "quoted by Kommersant", when a person speaks in a source. */
  via: string | null;
  document: boolean;
  /** An unnamed report ("a report"): may become "a later report". */
  generic: boolean;
}

class View {
  readonly incident: Incident;
  readonly claims: Claim[];
  readonly rejected: number;
  private readonly order: Map<string, number>;

  constructor(incident: Incident, readonly cites: Citations) {
    const active = incident.claims.filter((c) => !c.rejected);
    this.rejected = incident.claims.length - active.length;
    this.incident = this.rejected === 0 ? incident : {
      ...deriveIncident(incident.id, active, { related: incident.related, documents: incident.documents, background: incident.background }),
      figure_history: incident.figure_history,
      sources: incident.sources,
    };
    this.order = new Map(incident.documents.map((d, i) => [d, i]));
    this.claims = [...active].sort((a, b) => this.position(a) - this.position(b));
  }

  position(c: Claim): number {
    return (this.order.get(c.document) ?? this.order.size) * 1e9 + c.start;
  }

  private cited: string[] | null = null;

  /** The original documents its claims cite. */
  citedDocuments(): string[] {
    this.cited ??= [...new Set(this.claims.map((c) => this.cites.citedDocument(c.document, c.copy_of)))];
    return this.cited;
  }

  voice(c: Claim): Voice {
    if (c.source_kind === 'document' || c.source === 'document') {
      const doc = this.cites.citedDocument(c.document, c.copy_of);
      const outlet = this.cites.documents.get(doc)?.outlet;
      const single = this.citedDocuments().length <= 1;
      const head = outlet ?? (single ? 'the report' : 'a report');
      return { key: `doc:${doc}`, head, via: null, document: true, generic: !outlet && !single };
    }
    const entity = c.source_id ? this.incident.sources?.find((s) => s.id === c.source_id) : undefined;
    const name = institution(entity?.name ?? c.source, entity?.kind ?? c.source_kind);
    if (c.speaker && norm(c.speaker) !== norm(name)) return { key: `${name}|${c.speaker}`, head: c.speaker, via: `quoted by ${name}`, document: false, generic: false };
    return { key: name, head: name, via: null, document: false, generic: false };
  }
}

function institution(name: string, kind: SourceKind): string {
  if ((kind === 'state_body' || kind === 'official') && /^[A-Z]/.test(name) && !/^the\s/i.test(name) && !/['’]s\b/.test(name) && INSTITUTION.test(name)) return `the ${name}`;
  return name;
}

/** A voice as the subject of a verb ("Arkadia Dubnova, quoted by Kommersant, …") or at the end of a clause. */
const subject = (v: Voice, start = false) => { const s = v.via ? `${v.head}, ${v.via},` : v.head; return start ? capFirst(s) : s; };
const atEnd = (v: Voice) => (v.via ? `${v.head}, ${v.via}` : v.head);

/** A description rather than a name: no capital letter in the canonical name ("gunmen", "suspected islamist militants"). */
const isDescription = (p: PerpetratorValue) => p.name === p.name.toLowerCase();

function descriptionText(p: PerpetratorValue): string {
  return p.mention && norm(p.mention) === norm(p.name) ? lowerFirst(p.mention.trim()) : p.name;
}

type PerpClaim = Extract<Claim, { field: 'perpetrator' }>;
type FigureClaim = Extract<Claim, { field: FigureField }>;
const isPerp = (c: Claim): c is PerpClaim => c.field === 'perpetrator';

// ---- sentences ----

/** "On 5 June 2016 in Aktobe (Aqtöbe, Kazakhstan), gunmen carried out armed assaults on two gun shops and an army unit and seized a bus." */
function whatWhereWhen(v: View): Sentence[] {
  const i = v.incident;
  const out: Sentence[] = [];
  const when = i.date ? dateWords(i.date) : null;
  const whenText = when ? `${capFirst(when.prep)} ${when.text}${i.date!.startsWith('--') ? ' (the sources give no year)' : ''}` : '';
  const whereText = i.place ? placeWords(i.place) : '';
  const setting = [whenText, whereText].filter(Boolean).join(' ');

  // cited together: the date and the place
  const dateClaims = datesCited(v);
  const placeClaims = i.place
    ? v.claims.filter((c) => (c.field === 'place' || c.field === 'place_mentioned') && c.value.name === i.place!.name && c.value.country_code === i.place!.country_code)
      .sort((a, b) => Number(b.field === 'place') - Number(a.field === 'place'))
    : [];

  const describedBy = v.claims.filter(isPerp).filter((c) => (c.stance === 'asserts' || c.stance === 'claims') && isDescription(c.value))
    .find((c) => { const t = descriptionText(c.value); return findQuantities(t).length === 0 && !/\bof\b/.test(t); });
  const acts = actsPhrase(v);

  const sentence: Sentence = [];
  if (setting) sentence.push(setting, ...v.cites.group([...dateClaims.slice(0, 2), ...placeClaims.slice(0, 1)]), ', ');
  const actClaims = [...(describedBy ? [describedBy] : []), ...acts.claims];
  if (describedBy) sentence.push(`${descriptionText(describedBy.value)} ${acts.active}`);
  else sentence.push(`there ${acts.plural ? 'were' : 'was'} ${acts.nominal}`);
  sentence.push(...v.cites.group(actClaims, 4), '.');
  if (!setting) sentence[0] = capFirst(sentence[0] as string);
  out.push(sentence);
  if (!i.date) out.push(['The sources give no date.']);

  // how other voices describe the attackers, when they say more than the subject above does
  const seen = new Set([describedBy ? norm(descriptionText(describedBy.value)) : '']);
  for (const c of v.claims.filter(isPerp)) {
    const t = descriptionText(c.value);
    if (c.source_kind === 'document' || c.stance !== 'asserts' || !isDescription(c.value) || !/\s/.test(t.trim()) || findQuantities(t).length || /\bof\b/.test(t) || seen.has(norm(t))) continue;
    seen.add(norm(t));
    if (seen.size > 3) break;
    out.push([`${subject(v.voice(c), true)} described the attackers as ${t}`, ...v.cites.group([c]), '.']);
  }
  return out;
}

/** The date claims behind the incident's date: those that state it, or the day and the year it was put together from. */
function datesCited(v: View): Claim[] {
  const date = v.incident.date;
  if (!date) return [];
  const dated = v.claims.filter((c): c is Extract<Claim, { field: 'date' }> => c.field === 'date');
  const exact = dated.filter((c) => c.value === date);
  if (exact.length) return exact;
  const day = date.slice(-6);
  const year = yearOf(date);
  const parts = [dated.find((c) => c.value.endsWith(day)), dated.find((c) => year !== null && c.value.startsWith(year))];
  return parts.filter((c): c is (typeof dated)[number] => !!c);
}

function actsPhrase(v: View): { active: string; nominal: string; plural: boolean; claims: Claim[] } {
  const i = v.incident;
  const texts = i.targets.map((t) => norm(t.text));
  const targets = i.targets.filter((t, k) => texts.indexOf(texts[k]!) === k
    && !texts.some((u) => u !== texts[k] && ` ${u} `.includes(` ${texts[k]} `)));
  const types = i.attack_types.filter((t) => t !== 'Unknown' || i.attack_types.length === 1);
  const transport = types.includes('Hijacking') ? targets.filter((t) => t.type === 'Transportation') : [];
  const rest = targets.filter((t) => !transport.includes(t));
  let nounTypes = types.filter((t) => !(t === 'Hijacking' && transport.length));
  if (nounTypes.length === 0 && transport.length === 0) nounTypes = ['Unknown'];

  const plural = rest.length > 1;
  const nouns = nounTypes.map((t, k) => { const a = ACTS[t] ?? ACTS.Unknown!; return k === 0 && plural ? a.many : a.one; });
  const prep = (ACTS[nounTypes[0] ?? 'Unknown'] ?? ACTS.Unknown!).prep;
  const onTargets = rest.length ? ` ${prep} ${listJoin(rest.map((t) => withArticle(t.text)))}` : '';
  const seized = listJoin(transport.map((t) => withArticle(t.text)));
  const active = [nouns.length ? `carried out ${listJoin(nouns)}${onTargets}` : '', transport.length ? `seized ${seized}` : ''].filter(Boolean).join(' and ');
  const nominal = [nouns.length ? `${listJoin(nouns)}${onTargets}` : '', transport.length ? `the hijacking of ${seized}` : ''].filter(Boolean).join(' and ');

  const claims: Claim[] = [];
  for (const t of targets) {
    const c = v.claims.find((x) => x.field === 'target' && norm(x.value.text) === norm(t.text));
    if (c) claims.push(c);
  }
  for (const t of types) {
    if (claims.some((c) => c.field === 'attack_type' && c.value === t)) continue;
    const c = v.claims.find((x) => x.field === 'attack_type' && x.value === t);
    if (c && !claims.some((x) => x.quote === c.quote && x.document === c.document)) claims.push(c);
  }
  return { active, nominal, plural: plural || nouns.length > 1 || (nouns.length > 0 && transport.length > 0), claims };
}

type Verb = 'claimed' | 'blamed' | 'linked' | 'doubted' | 'denied';
const VERB_ORDER: Verb[] = ['claimed', 'blamed', 'linked', 'doubted', 'denied'];

function verbOf(c: PerpClaim): Verb {
  if (c.stance === 'claims' || c.value.status === 'claimed' && c.stance === 'asserts') return 'claimed';
  if (c.stance === 'doubts') return 'doubted';
  if (c.stance === 'denies') return 'denied';
  return c.value.status === 'blamed' ? 'blamed' : 'linked';
}

/** Per named perpetrator: who claimed it, who blamed it, who doubted or denied it, each with its date and citation. */
function attributions(v: View): Sentence[] {
  const named = new Map<string, PerpClaim[]>();
  for (const c of v.claims.filter(isPerp)) {
    if (isDescription(c.value)) continue;
    named.set(c.value.name, [...(named.get(c.value.name) ?? []), c]);
  }
  const out: Sentence[] = [];
  const date = v.incident.date;
  for (const [name, claims] of named) {
    if (!claims.some((c) => c.stance === 'asserts' || c.stance === 'claims')) continue; // only doubted, never put forward
    // one clause per voice and verb
    const clauses: Array<{ verb: Verb; voice: Voice; claims: PerpClaim[] }> = [];
    for (const c of claims) {
      const verb = verbOf(c);
      const voice = v.voice(c);
      const same = clauses.find((x) => x.verb === verb && x.voice.key === voice.key);
      if (same) same.claims.push(c);
      else clauses.push({ verb, voice, claims: [c] });
    }
    clauses.sort((a, b) => VERB_ORDER.indexOf(a.verb) - VERB_ORDER.indexOf(b.verb) || Number(a.voice.document) - Number(b.voice.document));

    const groups: Verb[][] = [['claimed'], ['blamed', 'linked'], ['doubted', 'denied']];
    for (const verbs of groups) {
      const sentence: Sentence = [];
      let previous: Verb | null = null;
      for (const cl of clauses.filter((x) => verbs.includes(x.verb))) {
        if (sentence.length) sentence.push('; ');
        const when = statedWhen(cl.claims[0]!.reported_at, date);
        const cite = v.cites.group(cl.claims, 2, true);
        const first = sentence.length === 0;
        if (cl.verb === 'claimed') {
          if (previous === 'claimed') sentence.push(`${atEnd(cl.voice)} also reported the claim${when}`, ...cite);
          else sentence.push(`${name} claimed responsibility${claimChannel(cl.claims[0]!, cl.voice, name)}${when}`, ...cite);
        } else if (cl.verb === previous) {
          sentence.push(`so did ${atEnd(cl.voice)}${when}`, ...cite);
        } else {
          const s = subject(cl.voice, first);
          const isGroup = cl.claims[0]!.source_kind === 'armed_group' || cl.claims[0]!.source_kind === 'group_media';
          const what = cl.verb === 'blamed' ? `blamed ${name}`
            : cl.verb === 'linked' ? `linked the attack to ${name}`
            : cl.verb === 'doubted' ? `cast doubt on the attribution to ${name}`
            : isGroup ? 'denied involvement' : `denied that ${name} was involved`;
          sentence.push(`${s} ${what}${when}`, ...cite);
        }
        previous = cl.verb;
      }
      if (sentence.length) { sentence[0] = capFirst(sentence[0] as string); sentence.push('.'); out.push(sentence); }
    }
  }
  return out;
}

function claimChannel(c: PerpClaim, voice: Voice, name: string): string {
  if (voice.document) return '';
  if (c.source_kind === 'group_media') return ` through ${voice.head}`;
  if (c.source_kind === 'armed_group') return c.speaker && norm(c.speaker) !== norm(name) ? ` through ${c.speaker}` : '';
  return `, according to ${atEnd(voice)}`;
}

/** The words a source uses for the figure when they carry it ("at least nine soldiers", "four of the attackers"). */
function statedPhrase(v: View, c: FigureClaim): string | null {
  const overlaps = (x: Claim) => x.document === c.document && x.start < c.end && c.start < x.end;
  const pool = c.field === 'killed_perpetrators'
    ? v.claims.filter(isPerp).filter((x) => overlaps(x) && isDescription(x.value)).map((x) => descriptionText(x.value))
    : v.claims.filter((x): x is Extract<Claim, { field: 'victim' }> => x.field === 'victim' && overlaps(x)).map((x) => x.value.text);
  const fits = [...new Set(pool.map((t) => t.trim()))].filter((t) => {
    const q = findQuantities(t);
    return q.length === 1 && q[0]!.value === c.figure.value && q[0]!.qualifier === c.figure.qualifier && !q[0]!.pronoun;
  });
  return fits.length === 1 ? lowerFirst(fits[0]!) : null;
}

function numericPhrase(field: FigureField, f: FigureValue): string {
  const words = FIGURES[field];
  const n = f.qualifier === 'range' && f.high !== null ? `${number(f.low)} to ${number(f.high)}` : `${QUALIFIER_WORDS[f.qualifier]}${number(f.value)}`;
  return `${n} ${f.value === 1 && f.qualifier === 'exact' ? words.one : words.many}`;
}

interface Statement {
  voice: Voice;
  phrase: string;
  singular: boolean;
  derived: boolean;
  value: number;
  date: string | null;
  claims: FigureClaim[];
}

interface FigureSentences {
  sentences: Sentence[];
  /** Set when the figure is one undisputed statement by one voice: what follows "{voice} said". */
  simple?: { voice: string; rest: Piece[] };
}

/** The toll as the sources state it: agreement in one clause, disagreement as a dispute, in the order the statements were made. */
function figureSentences(v: View, field: FigureField): FigureSentences {
  const all = v.claims.filter((c): c is FigureClaim => c.field === field);
  const stated = all.filter((c) => !c.figure.partial && (c.stance === 'asserts' || c.stance === 'claims'));
  const contested = all.filter((c) => c.stance === 'doubts' || c.stance === 'denies');
  if (stated.length === 0 && contested.length === 0) return { sentences: [] };
  const words = FIGURES[field];
  const statements: Statement[] = [];
  for (const c of stated) {
    const voice = v.voice(c);
    const key = (s: { voice: Voice; derived: boolean; claims: FigureClaim[] }) => `${s.voice.key}|${s.derived}|${s.claims[0]!.figure.qualifier}|${s.claims[0]!.figure.value}|${s.claims[0]!.figure.high}`;
    const candidate = { voice, derived: c.figure.derived, claims: [c] };
    const same = statements.find((s) => key(s) === key(candidate));
    if (same) { same.claims.push(c); continue; }
    const phrase = statedPhrase(v, c) ?? numericPhrase(field, c.figure);
    const docDate = v.cites.documents.get(v.cites.citedDocument(c.document, c.copy_of))?.published ?? null;
    statements.push({ ...candidate, phrase, singular: c.figure.value === 1 && c.figure.qualifier === 'exact', value: c.figure.value, date: c.reported_at ?? docDate });
  }
  const rank = (d: string | null) => (d ? d.replace(/^--/, '0000-') : '9999');
  statements.sort((a, b) => rank(a.date).localeCompare(rank(b.date)));
  const disputed = reconcileFigures(v.claims, field).disputed;
  const date = v.incident.date;

  const sentence: Sentence = [];
  if (disputed) sentence.push(`${capFirst(words.topic)} is disputed: `);
  let latest: string | null = null;
  let previous: Statement | null = null;
  let simple: FigureSentences['simple'];
  for (const s of statements) {
    if (previous) sentence.push('; ');
    const later = disputed && !!latest && !!s.date && rank(s.date) > rank(latest);
    const when = disputed && s.claims[0]!.reported_at ? statedWhen(s.claims[0]!.reported_at, date) : '';
    const cite = v.cites.group(s.claims, 3, true);
    const startOfSentence = sentence.length === 0;
    if (s.derived) {
      sentence.push(`the ${words.listed} listed by ${atEnd(s.voice)} add up to ${number(s.value)}`, ...cite);
    } else if (previous && !previous.derived && !disputed && previous.phrase === s.phrase) {
      sentence.push(`so did ${atEnd(s.voice)}`, ...cite);
    } else {
      const who = later && s.voice.generic ? 'a later report' : `${subject(s.voice, startOfSentence)}${later && !when ? ' later' : ''}`;
      sentence.push(`${who} said${when}${when ? ' that' : ''} ${s.phrase} ${s.singular ? 'was' : 'were'} ${words.done}`, ...cite);
      if (statements.length === 1 && contested.length === 0 && !disputed) simple = { voice: s.voice.key, rest: [`${s.phrase} ${s.singular ? 'was' : 'were'} ${words.done}`, ...cite] };
    }
    if (s.date && (!latest || rank(s.date) > rank(latest))) latest = s.date;
    previous = s;
  }
  for (const c of contested) {
    if (sentence.length) sentence.push('; ');
    const voice = v.voice(c);
    sentence.push(`${subject(voice, sentence.length === 0)} ${c.stance === 'denies' ? 'denied' : 'disputed'} the figure${statedWhen(c.reported_at, date)}`, ...v.cites.group([c]));
  }
  sentence[0] = capFirst(sentence[0] as string);
  sentence.push('.');
  const history = historySentence(v, field);
  return history ? { sentences: [sentence, history] } : { sentences: [sentence], simple };
}

/** The figure sentences in order; two simple statements by one voice become one sentence ("… killed and … wounded"). */
function figureParagraph(v: View): Sentence[] {
  const out: Sentence[] = [];
  let open: { voice: string; sentence: Sentence } | null = null;
  for (const field of FIGURE_FIELDS) {
    const r = figureSentences(v, field);
    if (r.sentences.length === 0) continue;
    if (r.simple && open && open.voice === r.simple.voice) {
      open.sentence.splice(open.sentence.length - 1, 1, ' and ', ...r.simple.rest, '.');
      open = null;
      continue;
    }
    out.push(...r.sentences);
    open = r.simple ? { voice: r.simple.voice, sentence: r.sentences[0]! } : null;
  }
  return out;
}

/** One sentence on how the best estimate moved as reports came in (from the incident's figure history). */
function historySentence(v: View, field: FigureField): Sentence | null {
  const steps = v.incident.figure_history?.[field];
  if (!steps || steps.length < 2) return null;
  const figures = v.claims.filter((c): c is FigureClaim => c.field === field && !c.figure.partial && (c.stance === 'asserts' || c.stance === 'claims'));
  const seenDocs: string[] = [];
  const points: Array<{ best: number; published: string | null; claim: FigureClaim }> = [];
  for (const s of steps) {
    const doc = v.cites.citedDocument(s.document);
    seenDocs.push(doc);
    if (s.best === null) continue;
    // a step stands only when a claim still in the record states its figure (a rejected claim's figure does not)
    const inDoc = (c: FigureClaim) => v.cites.citedDocument(c.document, c.copy_of) === doc;
    const claim = figures.find((c) => c.figure.value === s.best && inDoc(c))
      ?? figures.find((c) => c.figure.value === s.best && seenDocs.includes(v.cites.citedDocument(c.document, c.copy_of)));
    if (!claim) continue;
    if (points.at(-1)?.best === s.best) continue;
    points.push({ best: s.best, published: s.published, claim });
  }
  if (points.length === 0) return null;
  const topic = FIGURES[field].topic;
  const when = (p: (typeof points)[number]) => (p.published ? ` (report of ${dateWords(p.published).text})` : '');
  if (points.length === 1) {
    const p = points[0]!;
    return [`The best estimate of ${topic} stayed at ${number(p.best)} over ${steps.length} reports`, ...v.cites.group([p.claim]), '.'];
  }
  const sentence: Sentence = [`As reports came in, the best estimate of ${topic} went from ${number(points[0]!.best)}${when(points[0]!)}`, ...v.cites.group([points[0]!.claim])];
  points.slice(1).forEach((p, k) => sentence.push(`${k === 0 ? ' to' : ', then to'} ${number(p.best)}${when(p)}`, ...v.cites.group([p.claim])));
  sentence.push('.');
  return sentence;
}

// ---- sections and rendering ----

interface Section {
  id: string;
  heading: string;
  place: string;
  year: string | null;
  sentences: Sentence[];
  footer: string;
}

function section(incident: Incident, cites: Citations): Section {
  const v = new View(incident, cites);
  const sentences = [...whatWhereWhen(v), ...attributions(v), ...figureParagraph(v)];
  if (v.rejected) sentences.push([`${v.rejected} claim${v.rejected === 1 ? '' : 's'} rejected by an analyst ${v.rejected === 1 ? 'is' : 'are'} left out.`]);
  const docs = v.citedDocuments().length;
  return {
    id: incident.id,
    heading: `${placeLabel(v.incident.place)}, ${dateLabel(v.incident.date)}`,
    place: placeLabel(v.incident.place),
    year: yearOf(v.incident.date),
    sentences,
    footer: `${docs} source document${docs === 1 ? '' : 's'}`,
  };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
/** Markdown-significant characters in text that comes from documents. */
const escapeMarkdown = (s: string) => s.replace(/[\\`*_[\]<>~|]/g, '\\$&').replace(/&(?=#?\w+;)/g, '\\&');

function renderSentences(sentences: Sentence[], format: BriefOptions['format']): string {
  return sentences.map((s) => s.map((p) => {
    if (typeof p === 'string') return format === 'html' ? escapeHtml(p) : escapeMarkdown(p);
    return p.cite.map((n) => (format === 'html' ? `<sup><a href="#cite-${n}">${n}</a></sup>` : `[^${n}]`)).join('');
  }).join('')).join(' ');
}

function sourceParts(doc: BriefDocument | undefined, format: BriefOptions['format']): string[] {
  if (!doc) return [];
  const esc = format === 'html' ? escapeHtml : escapeMarkdown;
  const parts: string[] = [];
  if (doc.outlet) parts.push(esc(doc.outlet));
  if (doc.title) parts.push(format === 'html' ? `“${esc(doc.title)}”` : `"${esc(doc.title)}"`);
  if (doc.published) parts.push(esc(doc.published));
  if (doc.url) {
    const safe = /^https?:\/\//i.test(doc.url);
    parts.push(format === 'html' ? (safe ? `<a href="${escapeHtml(doc.url)}">${escapeHtml(doc.url)}</a>` : escapeHtml(doc.url)) : doc.url.replace(/\s/g, '%20'));
  }
  return parts;
}

function footnotes(cites: Citations): string[] {
  return cites.list.map((c) => {
    const parts = sourceParts(cites.documents.get(c.document), 'markdown');
    const quote = escapeMarkdown(c.quote.replace(/\s*[\r\n]+\s*/g, ' '));
    return `[^${c.n}]: ${parts.length ? parts.join(', ') : `Document ${c.document}`} — "${quote}"${parts.length ? ` (document ${c.document})` : ''}`;
  });
}

function sourcesHtml(cites: Citations): string {
  if (cites.list.length === 0) return '';
  const items = cites.list.map((c) => {
    const parts = sourceParts(cites.documents.get(c.document), 'html');
    return `<li id="cite-${c.n}">${parts.length ? `${parts.join(', ')} ` : ''}— <q>${escapeHtml(c.quote)}</q> <span class="doc">(document <code>${escapeHtml(c.document)}</code>)</span></li>`;
  });
  return `<section class="sources">\n<h2>Sources</h2>\n<ol>\n${items.join('\n')}\n</ol>\n</section>`;
}

const STYLE = 'body{font:17px/1.55 Georgia,serif;max-width:44em;margin:2em auto;padding:0 1em;color:#222}'
  + 'h1,h2{font-family:system-ui,sans-serif;line-height:1.25}sup a{text-decoration:none}'
  + '.meta,.sources{font-size:.9em;color:#555}q{font-style:italic}code{font-size:.9em}';

function htmlPage(title: string, body: string): string {
  return [
    '<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`, `<style>${STYLE}</style>`, '</head>', '<body>', '<main>', body, '</main>', '</body>', '</html>', '',
  ].join('\n');
}

function sectionHtml(s: Section, heading: string | null): string {
  return [
    `<article id="incident-${escapeHtml(s.id)}">`,
    ...(heading ? [`<h2>${escapeHtml(heading)}</h2>`] : []),
    `<p>${renderSentences(s.sentences, 'html')}</p>`,
    `<p class="meta">Incident <code>${escapeHtml(s.id)}</code>; ${escapeHtml(s.footer)}.</p>`,
    '</article>',
  ].join('\n');
}

function sectionMarkdown(s: Section, heading: string | null): string[] {
  return [...(heading ? [`## ${escapeMarkdown(heading)}`, ''] : []), renderSentences(s.sentences, 'markdown'), '', `Incident \`${s.id}\`; ${s.footer}.`, ''];
}

const tidy = (lines: string[]) => `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;

/** A cited brief of one incident: a heading, one paragraph of plain sentences, and its sources. */
export function formatIncidentBrief(incident: Incident, documents: Map<string, BriefDocument>, options: BriefOptions): string {
  const cites = new Citations(documents);
  const s = section(incident, cites);
  if (options.format === 'html') return htmlPage(s.heading, [`<h1>${escapeHtml(s.heading)}</h1>`, sectionHtml(s, null), sourcesHtml(cites)].filter(Boolean).join('\n'));
  return tidy([`# ${escapeMarkdown(s.heading)}`, '', ...sectionMarkdown(s, null), ...footnotes(cites)]);
}

/** True when the incident's date falls on this calendar day (`MM-DD`), in a known year or none. */
function onDay(date: string | null, mmdd: string): boolean {
  return !!date && (date === `--${mmdd}` || (/^\d{4}-\d{2}-\d{2}$/.test(date) && date.endsWith(`-${mmdd}`)));
}

/**
 * "On this day": the incidents of one calendar day (`MM-DD`) in past years, one cited section each in
 * date order (year-less dates last), citations numbered across the whole brief. Background mentions
 * (earlier events named in passing) and incidents of other days are left out.
 */
export function formatDayBrief(mmdd: string, incidents: Incident[], documents: Map<string, BriefDocument>, options: BriefOptions): string {
  const m = /^(\d{2})-(\d{2})$/.exec(mmdd);
  const month = m ? MONTHS[Number(m[1]) - 1] : undefined;
  if (!m || !month || Number(m[2]) < 1 || Number(m[2]) > 31) throw new UsageError(`not a calendar day: ${mmdd} (use MM-DD)`);
  const title = `On this day: ${Number(m[2])} ${month}`;
  const rank = (d: string) => (d.startsWith('--') ? `9999${d.slice(1)}` : d);
  const chosen = incidents.filter((i) => !i.background && onDay(i.date, mmdd))
    .sort((a, b) => rank(a.date!).localeCompare(rank(b.date!)) || a.id.localeCompare(b.id));
  const cites = new Citations(documents);
  const sections = chosen.map((i) => section(i, cites));
  const heading = (s: Section) => `${s.year ?? 'Year not given'}: ${s.place}`;
  const empty = 'No stored incident on this day.';
  if (options.format === 'html') {
    const body = sections.length ? sections.map((s) => sectionHtml(s, heading(s))).join('\n') : `<p>${empty}</p>`;
    return htmlPage(title, [`<h1>${escapeHtml(title)}</h1>`, body, sourcesHtml(cites)].filter(Boolean).join('\n'));
  }
  const lines = [`# ${title}`, ''];
  if (sections.length === 0) lines.push(empty, '');
  for (const s of sections) lines.push(...sectionMarkdown(s, heading(s)));
  lines.push(...footnotes(cites));
  return tidy(lines);
}
