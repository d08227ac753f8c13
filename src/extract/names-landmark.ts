/**
 * A place name that is the first word of a street or landmark ("Tavistock Square", "Edgware
 * Road"): the mention names the landmark, not the place. Mixed-case text only (the capital of
 * the following word is the cue); countries and regions are never landmarks.
 */
import { LANDMARK_HEADS } from './lexicon/landmark-lexicon.ts';

export function namesLandmark(text: string, p: { end: number; place: { precision: string } }, caseless: boolean): boolean {
  if (caseless || p.place.precision === 'country' || p.place.precision === 'admin1') return false;
  const next = /^ ([A-Z][a-z]+)\b/.exec(text.slice(p.end, p.end + 20));
  return next !== null && LANDMARK_HEADS.has(next[1]!.toLowerCase());
}
