/** Weapons named in a sentence, with their GTD weapon type. Words inside target phrases ("gun shops") are not weapons. */
import type { Token } from '../nlp/tokenize.ts';
import { WEAPON_TYPES, type WeaponType } from './lexicon/role-lexicon.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import type { RoleMention } from './target-mentions.ts';

export interface WeaponMention extends RoleMention {
  type: WeaponType;
}

const WEAPONS = new PhraseMatcher<WeaponType>(WEAPON_TYPES.flatMap(([type, words]) => words.map((w) => [w, type] as [string, WeaponType])));
/** Vehicles count as weapons only when driven into people. */
const VEHICLE_TYPE = WEAPON_TYPES[4]![0];
const RAMMING = /\b(rammed|ramming|ploughed|plowed|drove|driven|mowed)\b/;
const MODIFIERS = /^(a|an|the|two|three|several|\d+|homemade|home-made|automatic|high-powered|heavy|light|small|large|powerful|improvised|remote-controlled|hand|loaded|stolen)$/;

export function findWeaponMentions(text: string, tokens: Token[], from: number, end: number, exclude: RoleMention[]): WeaponMention[] {
  const out: WeaponMention[] = [];
  const sentence = text.slice(tokens[from]!.start, tokens[end - 1]!.end).toLowerCase();
  // a weapon word right before another names its model or kind ("AK-47 rifles", "Kalashnikov rifles"):
  // one weapon, spanning both, typed by the head
  const matches = [...WEAPONS.findAll(tokens, from, end)];
  const merged: typeof matches = [];
  for (const m of matches) {
    const prev = merged[merged.length - 1];
    if (prev && prev.to === m.from) merged[merged.length - 1] = { ...m, from: prev.from };
    else merged.push(m);
  }
  for (const m of merged) {
    const start = tokens[m.from]!.start;
    const stop = tokens[m.to - 1]!.end;
    if (exclude.some((x) => x.start <= start && stop <= x.end)) continue;
    if (m.value === VEHICLE_TYPE && !RAMMING.test(sentence)) continue;
    // "gun shops", "bomb squad": a weapon word used as a modifier of another noun is not a weapon
    const next = tokens[m.to]?.lower;
    if (next && /^(shop|shops|store|stores|squad|squads|disposal|threat|threats|factory|maker|makers|attack|attacks|blast|explosion|laboratory|lab|cache)$/.test(next)) continue;
    let first = m.from;
    while (first > from && first > m.from - 2 && MODIFIERS.test(tokens[first - 1]!.lower)) first--;
    while (first < m.from && /^(a|an|the)$/.test(tokens[first]!.lower)) first++;
    out.push({ text: text.slice(tokens[first]!.start, stop), start: tokens[first]!.start, end: stop, type: m.value });
  }
  return out;
}
