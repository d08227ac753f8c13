/**
 * Pairs the incidents predicted for one article with the expected ones by best overlap of
 * date, place, country, main attack type, killed and perpetrators (greedy, highest score first).
 */
import type { Incident } from '../../core/types.ts';
import type { ExpectedIncident } from './expected-entry.ts';
import { matchKey } from './match-key.ts';

export interface IncidentPair {
  expected: number;
  predicted: number;
  score: number;
}

/** The smallest overlap for a prediction to count as the expected incident (e.g. place alone, or country and type). */
export const MIN_PAIR_SCORE = 2;

export function pairIncidents(expected: ExpectedIncident[], predicted: Incident[]): IncidentPair[] {
  const candidates: IncidentPair[] = [];
  expected.forEach((e, i) =>
    predicted.forEach((p, j) => {
      const score = overlapScore(e, p);
      if (score >= MIN_PAIR_SCORE) candidates.push({ expected: i, predicted: j, score });
    }),
  );
  candidates.sort((a, b) => b.score - a.score || a.expected - b.expected || a.predicted - b.predicted);
  const usedExpected = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: IncidentPair[] = [];
  for (const candidate of candidates) {
    if (usedExpected.has(candidate.expected) || usedPredicted.has(candidate.predicted)) continue;
    usedExpected.add(candidate.expected);
    usedPredicted.add(candidate.predicted);
    pairs.push(candidate);
  }
  return pairs.sort((a, b) => a.expected - b.expected);
}

export function overlapScore(e: ExpectedIncident, p: Incident): number {
  let score = 0;
  if (e.date !== null && p.date !== null) {
    if (e.date === p.date) score += 2;
    else if (sameMonthOrDay(e.date, p.date)) score += 1;
  }
  if (placeMatches(e, p.place?.name ?? null)) score += 2;
  if (p.place?.country_code && p.place.country_code.toUpperCase() === e.country_code) score += 1;
  if (e.attack_types[0] !== undefined && p.attack_types.some((t) => matchKey(t) === matchKey(e.attack_types[0]!))) score += 1;
  if (e.killed !== null && p.killed.best === e.killed.best) score += 1;
  if (e.perpetrators.some((ep) => p.perpetrators.some((pp) => perpetratorMatches(ep.name, ep.aliases, pp.name)))) score += 1;
  return score;
}

export function placeMatches(e: ExpectedIncident, name: string | null): boolean {
  if (e.place === null || name === null) return false;
  const key = matchKey(name);
  return [e.place, ...(e.place_aliases ?? [])].some((candidate) => matchKey(candidate) === key);
}

export function perpetratorMatches(name: string, aliases: string[] | undefined, predicted: string): boolean {
  const key = matchKey(predicted);
  return [name, ...(aliases ?? [])].some((candidate) => matchKey(candidate) === key);
}

function sameMonthOrDay(a: string, b: string): boolean {
  if (a.startsWith('--') || b.startsWith('--')) return a.slice(-5) === b.slice(-5) && a.length >= 7 && b.length >= 7;
  return a.slice(0, 7) === b.slice(0, 7);
}
