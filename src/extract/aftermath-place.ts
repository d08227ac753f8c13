/**
 * A place named as where the wounded or the dead were taken, or where someone died later
 * ("died in hospital in Popayán", "were injured and airlifted to Raipur"): not where the attack
 * happened. Looks back over the clause, at most four words, before the place.
 */
import { AFTERMATH_WORDS } from './lexicon/landmark-lexicon.ts';

export function isAftermathPlace(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 50), start);
  const clause = before.split(/[,;:.()"]/).pop() ?? '';
  const words = clause.toLowerCase().split(/\s+/).filter(Boolean).slice(-4);
  return words.some((w) => AFTERMATH_WORDS.has(w));
}
