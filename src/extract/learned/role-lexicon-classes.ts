/**
 * Word classes from sitrep's own lexicons, used as features by the learned tagger: a word that
 * heads a perpetrator, victim, target or weapon phrase, an attack trigger, or a casualty word.
 */
import { PERPETRATOR_NOUNS, VICTIM_NOUNS, TARGET_TYPES, WEAPON_TYPES } from '../lexicon/role-lexicon.ts';
import { TRIGGERS } from '../lexicon/event-lexicon.ts';

export type LexiconClass = 'perp' | 'victim' | 'target' | 'weapon' | 'trigger' | 'figure';

/** Words of casualty reporting: never part of a victim or a target. */
const FIGURE_WORDS = ['toll', 'tolls', 'death', 'deaths', 'dead', 'casualties', 'casualty', 'injured', 'wounded', 'killed', 'injuries', 'fatalities'];

function lastWord(form: string): string {
  const words = form.toLowerCase().split(/[\s-]+/);
  return words[words.length - 1]!;
}

function build(): Map<string, LexiconClass[]> {
  const classes = new Map<string, LexiconClass[]>();
  const add = (word: string, cls: LexiconClass): void => {
    const list = classes.get(word) ?? [];
    if (!list.includes(cls)) list.push(cls);
    classes.set(word, list);
  };
  for (const f of PERPETRATOR_NOUNS) add(lastWord(f), 'perp');
  for (const f of VICTIM_NOUNS) add(lastWord(f), 'victim');
  for (const [, forms] of TARGET_TYPES) for (const f of forms) add(lastWord(f), 'target');
  for (const [, forms] of WEAPON_TYPES) for (const f of forms) add(lastWord(f), 'weapon');
  for (const w of FIGURE_WORDS) add(w, 'figure');
  for (const entry of TRIGGERS) for (const f of entry.forms) if (!f.includes(' ')) add(f.toLowerCase(), 'trigger');
  return classes;
}

let cached: Map<string, LexiconClass[]> | null = null;

/** The lexicon classes of a lower-cased word (empty when it is in no list). */
export function lexiconClasses(word: string): readonly LexiconClass[] {
  cached ??= build();
  return cached.get(word) ?? [];
}
