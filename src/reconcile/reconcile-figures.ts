/**
 * Reconciles the figure claims of one field into low / best / high (UCDP style) with a disputed
 * flag. Partial claims (parts of a toll whose sum is its own claim) are left out.
 * - low: the smallest stated figure ("up to 12" states 12); high: the largest stated figure (upper ends of ranges included);
 * - best: the latest statement (by `reported_at`), the document's own voice before others at the
 *   same time, and the larger figure on a tie (tolls rise as reports come in); a figure stated only
 *   by the perpetrators (an armed group or its media channel) is best only when nobody else gives one,
 *   since a group claiming an attack has its own reasons for its toll; a source graded unreliable
 *   (Admiralty E) is best only when no better-graded source gives one; at the same time, the
 *   better-graded source first;
 * - a death toll that is victims plus attackers as other claims give them is a total, not a
 *   victims' figure (`isTotalToll`), and leaves `killed`;
 * - rejected claims (an analyst's decision) and claims of a near-duplicate copy whose original is
 *   among the claims are left out of everything;
 * - disputed: two figures that cannot both hold ("6" and "20"; "at least 9" and "12" can), or a
 *   source that doubts or denies a figure.
 */
import type { Claim, FigureField, FigureValue, ReconciledFigure, Reliability } from '../core/types.ts';

type FigureClaim = Extract<Claim, { field: FigureField }>;

/** Sources whose figures speak for the perpetrators. */
const SELF_INTERESTED = new Set(['armed_group', 'group_media']);

function isFigureClaim(c: Claim, field: FigureField): c is FigureClaim {
  return c.field === field;
}

/** Date values compare by their known parts; unknown sorts first. */
function dateRank(value: string | null): string {
  if (!value) return '';
  return value.startsWith('--') ? `0000${value.slice(1)}` : value;
}

/** The counts a stated figure allows: "at least 9" is 9 or more, "about 30" 24 to 36. */
export function figureInterval(f: FigureValue): [number, number] {
  switch (f.qualifier) {
    case 'at_least': return [f.low, Infinity];
    case 'more_than': return [f.low + 1, Infinity];
    case 'up_to':
    case 'at_most': return [0, f.high ?? f.value];
    case 'about': return [Math.floor(f.value * 0.8), Math.ceil(f.value * 1.2)];
    case 'range': return [f.low, f.high ?? f.low];
    default: return [f.value, f.value];
  }
}

/** The smallest figure a claim states: "up to 12" states 12 (its interval starts at 0, which nobody said). */
function statedLow(f: FigureValue): number {
  return f.qualifier === 'up_to' || f.qualifier === 'at_most' ? f.value : f.low;
}

/** Claims that count: not rejected, and not a copy's restatement of a document that is itself among the claims. */
export function countedClaims<C extends Claim>(claims: C[]): C[] {
  if (!claims.some((c) => c.rejected || c.copy_of)) return claims;
  const documents = new Set(claims.map((c) => c.document));
  return claims.filter((c) => !c.rejected && !(c.copy_of && documents.has(c.copy_of)));
}

/**
 * Figures that count different things are not compared as if equal: a death toll that equals a
 * victims' toll plus an attackers' toll given by the claims ("17 killed" beside "2 soldiers" and
 * "15 attackers") counts everyone, so it is no victims' figure and leaves `killed`.
 */
export function isTotalToll(claim: Claim, claims: Claim[]): boolean {
  if (claim.field !== 'killed' || !('figure' in claim) || claim.figure.qualifier !== 'exact') return false;
  const exact = (c: Claim, field: FigureField) => c.field === field && 'figure' in c && !c.figure.partial && c.stance === 'asserts' && c.figure.qualifier === 'exact';
  const perpetrators = new Set(claims.filter((c) => exact(c, 'killed_perpetrators')).map((c) => c.value as number));
  if (perpetrators.size === 0) return false;
  return claims.some((c) => c !== claim && exact(c, 'killed') && (c.value as number) < claim.value && perpetrators.has(claim.value - (c.value as number)));
}

const GRADE_RANK: Record<Reliability, number> = { A: 0, B: 1, C: 2, D: 3, F: 4, E: 5 };

export function reconcileFigures(claims: Claim[], field: FigureField, reliability?: (sourceId: string) => Reliability): ReconciledFigure {
  const counted = countedClaims(claims);
  const all = counted.filter((c): c is FigureClaim => isFigureClaim(c, field) && !(field === 'killed' && isTotalToll(c, counted)));
  const figures = all.filter((c) => !c.figure.partial && c.stance !== 'denies' && c.stance !== 'doubts');
  if (figures.length === 0) return { low: null, best: null, high: null, disputed: all.some((c) => c.stance === 'doubts' || c.stance === 'denies') };
  let low = Infinity;
  let high = -Infinity;
  for (const c of figures) {
    low = Math.min(low, statedLow(c.figure));
    high = Math.max(high, c.figure.high ?? c.figure.value, c.figure.value);
  }
  const grade = (c: FigureClaim) => (reliability && c.source_id ? GRADE_RANK[reliability(c.source_id)] : GRADE_RANK.F);
  const independent = figures.filter((c) => !SELF_INTERESTED.has(c.source_kind));
  const pool = independent.length > 0 ? independent : figures;
  const trusted = pool.filter((c) => grade(c) !== GRADE_RANK.E);
  const ranked = [...(trusted.length > 0 ? trusted : pool)].sort((a, b) => {
    const byDate = dateRank(b.reported_at).localeCompare(dateRank(a.reported_at));
    if (byDate !== 0) return byDate;
    const byGrade = grade(a) - grade(b);
    if (byGrade !== 0) return byGrade;
    const byVoice = Number(b.source_kind === 'document') - Number(a.source_kind === 'document');
    if (byVoice !== 0) return byVoice;
    return b.figure.value - a.figure.value;
  });
  const best = ranked[0]!.figure.value;
  let disputed = all.some((c) => c.stance === 'doubts' || c.stance === 'denies');
  const intervals = figures.map((c) => figureInterval(c.figure));
  for (let i = 0; i < intervals.length && !disputed; i++) {
    for (let j = i + 1; j < intervals.length; j++) {
      const [a0, a1] = intervals[i]!;
      const [b0, b1] = intervals[j]!;
      if (a1 < b0 || b1 < a0) { disputed = true; break; }
    }
  }
  return { low, best: Math.min(Math.max(best, low), high), high, disputed };
}
