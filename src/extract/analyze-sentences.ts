/**
 * Per-sentence annotations: triggers, figures, participants, places, dates and attribution.
 * Everything is in analysis-text offsets; claims map them to stored-text spans later.
 */
import type { Span } from '../core/types.ts';
import type { Token } from '../nlp/tokenize.ts';
import { findAttribution, type ActorMentionLike, type Attribution } from './attribution.ts';
import { isAftermathPlace } from './aftermath-place.ts';
import { findAttackerDeaths } from './attacker-deaths.ts';
import { extractCasualtyFigures, type EnumerationCounter, type FigureMention, type QuantityLike } from './casualty-figures.ts';
import { findTriggers, type Trigger } from './find-triggers.ts';
import { PERPETRATOR_NOUNS } from './lexicon/role-lexicon.ts';
import { findPerpetratorMentions, type PerpetratorMention } from './perpetrator-mentions.ts';
import type { PlaceMention } from './place-mention.ts';
import type { Frame } from './lexicon/frame-lexicon.ts';
import { isReportDate, tokenAt } from './report-dates.ts';
import { frameCues, isAggregate, isFramed } from './text-frames.ts';
import { findTargetsAndVictims, type RoleMention, type TargetMention } from './target-mentions.ts';
import { findWeaponMentions, type WeaponMention } from './weapon-mentions.ts';

/** A date found in the text (see nlp/dates). */
export interface DateLike {
  start: number;
  end: number;
  value: string;
  kind?: string;
}

export interface SentenceInfo {
  index: number;
  span: Span;
  tokFrom: number;
  tokTo: number;
  triggers: Trigger[];
  /** Triggers reported as real (not hypothetical, negated, or framed as a drill, a match, an accident). */
  real: Trigger[];
  /** Cues of non-attack framings in the sentence (see text-frames.ts). */
  frames: Map<Frame, Set<string>>;
  figures: FigureMention[];
  perpetrators: PerpetratorMention[];
  targets: TargetMention[];
  victims: RoleMention[];
  weapons: WeaponMention[];
  places: PlaceMention[];
  dates: DateLike[];
  /** The dates that can date the attack: not those of a statement ("said on Wednesday"). */
  eventDates: DateLike[];
  attribution: Attribution;
  /** Reports an attack in its own right (a real, non-anaphoric trigger with corroboration). */
  reportsEvent: boolean;
  /** Refers to an incident already reported ("the attack", "the attackers"). */
  refersBack: boolean;
  /** Names attackers with a definite article ("the invaders", "the fighters"). */
  namesAttackers: boolean;
}

export interface AnalysisInput {
  text: string;
  tokens: Token[];
  sentences: Span[];
  quantities: QuantityLike[];
  dates: DateLike[];
  actors: ActorMentionLike[];
  places: PlaceMention[];
  caseless: boolean;
  countEnumeration?: EnumerationCounter;
}

function within<T extends { start: number; end: number }>(items: T[], span: Span): T[] {
  return items.filter((x) => x.start >= span.start && x.end <= span.end);
}

export function analyzeSentences(input: AnalysisInput): SentenceInfo[] {
  const { text, tokens } = input;
  const out: SentenceInfo[] = [];
  let t = 0;
  input.sentences.forEach((span, index) => {
    while (t < tokens.length && tokens[t]!.start < span.start) t++;
    const tokFrom = t;
    let tokTo = t;
    while (tokTo < tokens.length && tokens[tokTo]!.end <= span.end) tokTo++;
    t = tokTo;
    if (tokTo === tokFrom) return;
    const triggers = findTriggers(tokens, tokFrom, tokTo);
    const frames = frameCues(tokens, tokFrom, tokTo);
    const dates = within(input.dates, span);
    const aggregate = isAggregate(tokens, tokFrom, tokTo, frames, dates.some((d) => /-\d{2}-\d{2}$/.test(d.value)));
    const real = aggregate ? [] : triggers.filter((x) => !x.irrealis && !isFramed(x, frames));
    const quantities = within(input.quantities, span);
    const figures = extractCasualtyFigures(text, tokens, tokFrom, tokTo, quantities, input.countEnumeration);
    if (!figures.some((f) => f.field === 'killed_perpetrators')) figures.push(...findAttackerDeaths(text, tokens, tokFrom, tokTo, quantities));
    if (aggregate) figures.length = 0; // a count over a period is no toll of this attack
    const attribution = findAttribution(text, tokens, tokFrom, tokTo, input.actors, input.caseless);
    const perpetrators = findPerpetratorMentions(text, tokens, tokFrom, tokTo, input.actors, attribution);
    const { targets, victims } = findTargetsAndVictims(text, tokens, tokFrom, tokTo);
    const weapons = findWeaponMentions(text, tokens, tokFrom, tokTo, targets);
    // where the wounded were taken or someone died later is not where it happened
    const places = within(input.places, span).map((p) => (p.locative && isAftermathPlace(text, p.start) ? { ...p, locative: false } : p));
    const eventDates = dates.filter((d) => !isReportDate(tokens, tokFrom, tokenAt(tokens, tokFrom, tokTo, d.start), triggers, tokTo));
    const strong = real.filter((x) => !x.entry.weak && !x.anaphoric);
    const weak = real.filter((x) => x.entry.weak && !x.anaphoric);
    const corroborated = figures.length > 0 || targets.length > 0 || victims.length > 0 || weapons.length > 0 ||
      perpetrators.length > 0;
    const reportsEvent = strong.length > 0 || (weak.length > 0 && corroborated);
    let namesAttackers = false;
    for (let k = tokFrom + 1; k < tokTo; k++) {
      if (PERPETRATOR_NOUNS.has(tokens[k]!.lower) && /^(the|these|those)$/.test(tokens[k - 1]!.lower)) { namesAttackers = true; break; }
    }
    const refersBack = real.some((x) => x.anaphoric) || triggers.some((x) => x.anaphoric);
    out.push({
      index, span, tokFrom, tokTo, triggers, real, frames, figures, perpetrators, targets, victims, weapons, places, dates, eventDates,
      attribution, reportsEvent, refersBack, namesAttackers,
    });
  });
  return out;
}
