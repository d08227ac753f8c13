/**
 * Information credibility of each claim on the Admiralty scale, from the other sources of the
 * same incident. Sources are independent when they are different entities; the document's own
 * voice is its document (a near-duplicate copy counts as its original), so a wire story and its
 * syndicated copy corroborate nothing.
 * - 4 doubtful: another source doubts or denies it;
 * - 1 confirmed: two or more independent sources state a compatible value; 2 probably true: one;
 * - 5 improbable: uncorroborated and contradicted by two or more independent sources; 3 possibly
 *   true: contradicted by one, or other sources speak to the field with other values;
 * - 6 cannot be judged: no other source speaks to it (and every doubt or denial itself).
 * Compatible: figures whose stated ranges overlap ("at least 9" and 12); the same date, place
 * (name and country), perpetrator, attack type, target, victim or weapon.
 */
import type { Claim, Credibility } from '../core/types.ts';
import { figureInterval } from './reconcile-figures.ts';

/** Who is speaking, for independence: the source entity, else the name, else the (original) document. */
export function independenceKey(c: Claim): string {
  if (c.source_kind === 'document' || c.source === 'document') return `doc:${c.copy_of ?? c.document}`;
  return c.source_id ? `src:${c.source_id}` : `name:${c.source.toLowerCase()}@${c.copy_of ?? c.document}`;
}

function valueKey(c: Claim): string {
  const v = c.value as unknown;
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  const o = v as { name?: string; text?: string; country_code?: string | null };
  if (c.field === 'place' || c.field === 'place_mentioned') return `${o.name}|${o.country_code ?? ''}`;
  return (o.name ?? o.text ?? JSON.stringify(v)).toLowerCase();
}

function dateCompatible(a: string, b: string): boolean {
  const x = a.replace(/^--/, '');
  const y = b.replace(/^--/, '');
  return a.startsWith(b) || b.startsWith(a) || x.endsWith(y) || y.endsWith(x);
}

/** Whether two claims of one field can both hold; null when the field has no notion of contradiction. */
function compatible(a: Claim, b: Claim): boolean | null {
  if ('figure' in a && 'figure' in b) {
    const [a0, a1] = figureInterval(a.figure);
    const [b0, b1] = figureInterval(b.figure);
    return !(a1 < b0 || b1 < a0);
  }
  if (a.field === 'date') return dateCompatible(a.value as string, b.value as string);
  if (valueKey(a) === valueKey(b)) return true;
  if (a.field === 'place') {
    const ca = (a.value as { country_code?: string | null }).country_code;
    const cb = (b.value as { country_code?: string | null }).country_code;
    return ca && cb && ca !== cb ? false : null;
  }
  return null;
}

const FIELD_LEVEL_DOUBT = new Set(['killed', 'killed_perpetrators', 'wounded', 'kidnapped', 'date', 'place']);

export function assignCredibility(claims: Claim[]): Claim[] {
  const live = claims.filter((c) => !c.rejected && !('figure' in c && c.figure.partial));
  return claims.map((c) => {
    if (c.rejected || c.stance === 'doubts' || c.stance === 'denies') return { ...c, credibility: 6 as Credibility };
    const me = independenceKey(c);
    const others = live.filter((o) => o.field === c.field && independenceKey(o) !== me);
    const doubted = others.some((o) => (o.stance === 'doubts' || o.stance === 'denies') && (FIELD_LEVEL_DOUBT.has(c.field) || valueKey(o) === valueKey(c)));
    let credibility: Credibility;
    if (doubted) credibility = 4;
    else {
      const stating = others.filter((o) => o.stance === 'asserts' || o.stance === 'claims');
      const corroborating = new Set(stating.filter((o) => compatible(c, o) === true).map(independenceKey)).size;
      const contradicting = new Set(stating.filter((o) => compatible(c, o) === false).map(independenceKey)).size;
      if (corroborating >= 2) credibility = 1;
      else if (corroborating === 1) credibility = 2;
      else if (contradicting >= 2) credibility = 5;
      else if (contradicting === 1 || stating.length > 0) credibility = 3;
      else credibility = 6;
    }
    return { ...c, credibility };
  });
}
