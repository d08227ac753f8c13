import type { Gazetteer } from './gazetteer-types.ts';
import { nameKey } from './name-key.ts';

export interface CountryMention {
  start: number;
  end: number;
  country_code: string;
  /** The mention is an adjective or demonym ("Tajik") rather than the country's name. */
  demonym: boolean;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu;
const MAX_WORDS = 5;

/**
 * Countries named in a text, by name, alternate name or demonym, longest match first.
 * Keys of three letters or fewer (US, UAE) count only when written in capitals.
 */
export function findCountryMentions(text: string, gazetteer: Gazetteer): CountryMention[] {
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].replace(/[.'’-]+$/, '').length }));
  const out: CountryMention[] = [];
  for (let i = 0; i < words.length; ) {
    let found: CountryMention | null = null;
    let used = 1;
    for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1 && !found; n--) {
      const start = words[i]!.start;
      const end = words[i + n - 1]!.end;
      const surface = text.slice(start, end);
      if (/[\n]/.test(surface)) continue;
      const key = nameKey(surface);
      if (key.length < 2) continue;
      if (key.length <= 3 && surface.replace(/\./g, '') !== surface.replace(/\./g, '').toUpperCase()) continue;
      const demonym = gazetteer.demonyms.get(key);
      if (demonym) {
        found = { start, end, country_code: demonym, demonym: true };
      } else {
        for (const idx of gazetteer.lookupKey(key)) {
          const e = gazetteer.entry(idx);
          if (e.kind === 'country' && e.countryCode) {
            found = { start, end, country_code: e.countryCode, demonym: false };
            break;
          }
        }
      }
      if (found) used = n;
    }
    if (found) out.push(found);
    i += used;
  }
  return out;
}
