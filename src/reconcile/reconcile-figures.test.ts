import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Claim, FigureField, FigureQualifier, ReconciledFigure, SourceKind, Stance } from '../core/types.ts';
import { reconcileFigures } from './reconcile-figures.ts';

interface FigureSpec {
  field?: FigureField;
  q?: FigureQualifier;
  /** Upper end of a range. */
  to?: number;
  at?: string | null;
  voice?: SourceKind;
  stance?: Stance;
  partial?: boolean;
}

/** A figure claim shaped as the extractor shapes it (see nlp/quantities/find-quantities.ts). */
function fig(value: number, spec: FigureSpec = {}): Claim {
  const q = spec.q ?? 'exact';
  let low = value;
  let high: number | null = value;
  if (q === 'at_least' || q === 'more_than') high = null;
  if (q === 'at_most' || q === 'up_to') low = 0;
  if (q === 'range') high = spec.to ?? value + 5;
  const voice = spec.voice ?? 'document';
  const quote = `${value} people were killed`;
  return {
    field: spec.field ?? 'killed', value,
    figure: { value, low, high, qualifier: q, derived: spec.partial === true, ...(spec.partial ? { partial: true } : {}) },
    source: voice === 'document' ? 'document' : 'officials', source_kind: voice, stance: spec.stance ?? 'asserts',
    quote, document: 'd1', start: 0, end: quote.length, reported_at: spec.at === undefined ? '2016-06-05' : spec.at,
  };
}

const r = (low: number | null, best: number | null, high: number | null, disputed: boolean): ReconciledFigure => ({ low, best, high, disputed });

/** [rule, claims, expected killed]. */
const ROWS: Array<[string, Claim[], ReconciledFigure]> = [
  ['no claim: all null, not disputed', [], r(null, null, null, false)],
  ['one exact figure', [fig(6)], r(6, 6, 6, false)],
  ['the same figure twice is not a dispute', [fig(6), fig(6, { voice: 'official' })], r(6, 6, 6, false)],
  ['low = min, high = max, best = the latest report; 6 and 20 cannot both hold',
    [fig(6, { at: '2016-06-05', voice: 'official' }), fig(20, { at: '2016-06-10' })], r(6, 20, 20, true)],
  ['best = the latest report even when it is the smaller figure (a correction)',
    [fig(20, { at: '2016-06-05' }), fig(6, { at: '2016-06-07', voice: 'official' })], r(6, 6, 20, true)],
  ['best: the order of the claims does not matter',
    [fig(6, { at: '2016-06-07', voice: 'official' }), fig(20, { at: '2016-06-05' })], r(6, 6, 20, true)],
  ['best: at the same time the document\'s own voice before a quoted source',
    [fig(12, { voice: 'official' }), fig(10, { voice: 'document' })], r(10, 10, 12, true)],
  ['best: a group\'s own later toll does not outrank the officials\' figure; it still counts for high and the dispute',
    [fig(12, { at: '2024-03-12', voice: 'official' }), fig(35, { at: '2024-03-13', voice: 'group_media' })], r(12, 12, 35, true)],
  ['best: the group\'s figure when it is the only one', [fig(35, { voice: 'armed_group' })], r(35, 35, 35, false)],
  ['best: same time, same voice: the larger figure (tolls rise)',
    [fig(10, { voice: 'official' }), fig(12, { voice: 'official' })], r(10, 12, 12, true)],
  ['best: a dated report is later than an undated one',
    [fig(9, { at: '2016-06-06', voice: 'official' }), fig(14, { at: null })], r(9, 9, 14, true)],
  ['best: a full date is later than its month alone',
    [fig(9, { at: '2016-06-06', voice: 'official' }), fig(14, { at: '2016-06' })], r(9, 9, 14, true)],
  ['"at least 9" and "12" can both hold', [fig(9, { q: 'at_least' }), fig(12)], r(9, 12, 12, false)],
  ['"at least 9" and "7" cannot', [fig(9, { q: 'at_least' }), fig(7)], r(7, 9, 9, true)],
  ['"more than 20" and "20" cannot both hold', [fig(20, { q: 'more_than' }), fig(20, { voice: 'official' })], r(20, 20, 20, true)],
  ['"more than 20" and "21" can', [fig(20, { q: 'more_than' }), fig(21, { at: '2016-06-06', voice: 'official' })], r(20, 21, 21, false)],
  ['a range: low is its lower end, high its upper end', [fig(15, { q: 'range', to: 20 })], r(15, 15, 20, false)],
  ['a range and a figure inside it', [fig(15, { q: 'range', to: 20 }), fig(18, { at: '2016-06-06' })], r(15, 18, 20, false)],
  ['a range and a figure outside it', [fig(15, { q: 'range', to: 20 }), fig(25, { at: '2016-06-06' })], r(15, 25, 25, true)],
  ['"about 20" and "22" can both hold', [fig(20, { q: 'about' }), fig(22, { at: '2016-06-06' })], r(20, 22, 22, false)],
  ['"about 20" and "30" cannot', [fig(20, { q: 'about' }), fig(30, { at: '2016-06-06' })], r(20, 30, 30, true)],
  ['"up to 12" and "6" can both hold; low is the smallest stated figure',
    [fig(12, { q: 'up_to' }), fig(6, { at: '2016-06-06' })], r(6, 6, 12, false)],
  ['"up to 12" alone: low is the stated 12, not an unstated 0', [fig(12, { q: 'up_to' })], r(12, 12, 12, false)],
  ['"at most 3" and "5" cannot both hold', [fig(3, { q: 'at_most' }), fig(5, { at: '2016-06-06' })], r(3, 5, 5, true)],
  ['a doubted figure is disputed and left out of low/best/high',
    [fig(6), fig(30, { stance: 'doubts', voice: 'expert', at: '2016-06-08' })], r(6, 6, 6, true)],
  ['a denied figure is disputed and left out', [fig(6), fig(6, { stance: 'denies', voice: 'official' })], r(6, 6, 6, true)],
  ['only a doubted figure: no values, disputed', [fig(30, { stance: 'doubts', voice: 'expert' })], r(null, null, null, true)],
  ['partial figures are left out; their sum stands (2 and 3 would otherwise be disputed)',
    [fig(2, { partial: true }), fig(3, { partial: true }), { ...fig(5), figure: { value: 5, low: 5, high: 5, qualifier: 'exact', derived: true } } as Claim],
    r(5, 5, 5, false)],
  ['only partial figures: no values', [fig(2, { partial: true }), fig(3, { partial: true })], r(null, null, null, false)],
  ['killed perpetrators are kept apart from killed victims',
    [fig(6), fig(4, { field: 'killed_perpetrators' }), fig(9, { field: 'wounded' })], r(6, 6, 6, false)],
  ['a doubt about killed perpetrators does not dispute killed victims',
    [fig(6), fig(4, { field: 'killed_perpetrators', stance: 'doubts', voice: 'expert' })], r(6, 6, 6, false)],
  ['a stated zero', [fig(0)], r(0, 0, 0, false)],
];

for (const [rule, claims, expected] of ROWS) {
  test(`reconcileFigures: ${rule}`, () => {
    assert.deepEqual(reconcileFigures(claims, 'killed'), expected);
  });
}

test('reconcileFigures: each field reconciles its own claims', () => {
  const claims = [fig(6), fig(20, { at: '2016-06-10' }), fig(4, { field: 'killed_perpetrators' }), fig(9, { field: 'wounded', q: 'at_least' })];
  assert.deepEqual(reconcileFigures(claims, 'killed'), r(6, 20, 20, true));
  assert.deepEqual(reconcileFigures(claims, 'killed_perpetrators'), r(4, 4, 4, false));
  assert.deepEqual(reconcileFigures(claims, 'wounded'), r(9, 9, 9, false));
  assert.deepEqual(reconcileFigures(claims, 'kidnapped'), r(null, null, null, false));
});

// ---- properties ----

const QUALIFIERS: FigureQualifier[] = ['exact', 'at_least', 'more_than', 'at_most', 'up_to', 'about', 'range'];

const figureClaim = fc.record({
  field: fc.constantFrom<FigureField>('killed', 'killed', 'killed', 'killed_perpetrators', 'wounded'),
  value: fc.integer({ min: 0, max: 300 }),
  q: fc.constantFrom(...QUALIFIERS),
  span: fc.integer({ min: 1, max: 100 }),
  at: fc.constantFrom<string | null>(null, '2016', '2016-06', '2016-06-05', '2016-06-06', '--06-07', '2016-06-08'),
  voice: fc.constantFrom<SourceKind>('document', 'official', 'media', 'expert'),
  stance: fc.constantFrom<Stance>('asserts', 'asserts', 'asserts', 'claims', 'doubts', 'denies'),
  partial: fc.boolean(),
}).map((s) => fig(s.value, { field: s.field, q: s.q, to: s.value + s.span, at: s.at, voice: s.voice, stance: s.stance, partial: s.partial && s.value > 0 }));

const claimsAndShuffle = fc.array(figureClaim, { maxLength: 8 }).chain((claims) =>
  fc.tuple(fc.constant(claims), fc.shuffledSubarray(claims, { minLength: claims.length, maxLength: claims.length })));

const FIELDS: FigureField[] = ['killed', 'killed_perpetrators', 'wounded'];

test('property: low ≤ best ≤ high, all null or none', () => {
  fc.assert(fc.property(fc.array(figureClaim, { maxLength: 8 }), (claims) => {
    for (const field of FIELDS) {
      const f = reconcileFigures(claims, field);
      if (f.best === null) {
        assert.equal(f.low, null);
        assert.equal(f.high, null);
      } else {
        assert.ok(f.low !== null && f.high !== null);
        assert.ok(f.low <= f.best && f.best <= f.high, JSON.stringify(f));
      }
    }
  }), { numRuns: 500 });
});

test('property: the result does not depend on the order of the claims', () => {
  fc.assert(fc.property(claimsAndShuffle, ([claims, shuffled]) => {
    for (const field of FIELDS) assert.deepEqual(reconcileFigures(shuffled, field), reconcileFigures(claims, field));
  }), { numRuns: 500 });
});

test('property: every derived value is a figure stated by a claim of that field', () => {
  fc.assert(fc.property(fc.array(figureClaim, { maxLength: 8 }), (claims) => {
    for (const field of FIELDS) {
      const f = reconcileFigures(claims, field);
      const stated = claims.filter((c) => c.field === field && 'figure' in c && !c.figure.partial && c.stance !== 'doubts' && c.stance !== 'denies')
        .flatMap((c) => ('figure' in c ? [c.figure.value, ...(c.figure.high === null ? [] : [c.figure.high])] : []));
      for (const v of [f.low, f.best, f.high]) if (v !== null) assert.ok(stated.includes(v), `${v} not in ${JSON.stringify(stated)}`);
      // nothing to derive from: no values
      if (stated.length === 0) assert.equal(f.best, null);
    }
  }), { numRuns: 500 });
});

test('property: a doubt or a denial always makes the field disputed', () => {
  fc.assert(fc.property(fc.array(figureClaim, { maxLength: 6 }), fc.integer({ min: 0, max: 50 }), (claims, n) => {
    const doubted = [...claims, fig(n, { stance: 'doubts', voice: 'expert' })];
    assert.equal(reconcileFigures(doubted, 'killed').disputed, true);
  }), { numRuns: 200 });
});

test('property: adding another field\'s claims changes nothing', () => {
  fc.assert(fc.property(fc.array(figureClaim, { maxLength: 6 }), fc.array(figureClaim, { maxLength: 4 }), (claims, others) => {
    const foreign = others.filter((c) => c.field !== 'killed');
    assert.deepEqual(reconcileFigures([...claims, ...foreign], 'killed'), reconcileFigures(claims, 'killed'));
  }), { numRuns: 200 });
});

test('reconcileFigures: a total toll (victims plus attackers) is not compared with the victims\' figure', () => {
  const kp = (value: number): Claim => ({ ...fig(value), field: 'killed_perpetrators' } as Claim);
  // "2 members of the state forces and 15 assailants died" beside "17 people were killed"
  assert.deepEqual(reconcileFigures([fig(2, { voice: 'official' }), kp(15), fig(17, { at: '2019-11-07' })], 'killed'), r(2, 2, 2, false));
  // without the attackers' toll, 17 stays a victims' figure
  assert.deepEqual(reconcileFigures([fig(2, { voice: 'official' }), fig(17, { at: '2019-11-07' })], 'killed'), r(2, 17, 17, true));
});
