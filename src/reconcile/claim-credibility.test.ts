import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Claim, SourceKind, Stance } from '../core/types.ts';
import { assignCredibility } from './claim-credibility.ts';

function killed(value: number, source: string, document: string, extra: { stance?: Stance; kind?: SourceKind; copy_of?: string; q?: 'exact' | 'at_least' } = {}): Claim {
  const kind = extra.kind ?? (source === 'document' ? 'document' : 'official');
  return {
    field: 'killed', value, figure: { value, low: value, high: extra.q === 'at_least' ? null : value, qualifier: extra.q ?? 'exact', derived: false },
    source, source_kind: kind, stance: extra.stance ?? 'asserts', quote: `${value} killed`, document, start: 0, end: 9, reported_at: null,
    ...(source === 'document' ? {} : { source_id: source.toLowerCase() }), ...(extra.copy_of ? { copy_of: extra.copy_of } : {}),
  } as Claim;
}

/** [case, claims, credibility of the first claim]. */
const ROWS: Array<[string, Claim[], number]> = [
  ['alone: cannot be judged', [killed(6, 'officials', 'd1')], 6],
  ['one independent source agrees: probably true', [killed(6, 'officials', 'd1'), killed(6, 'document', 'd2')], 2],
  ['two agree: confirmed', [killed(6, 'officials', 'd1'), killed(6, 'document', 'd2'), killed(6, 'document', 'd3')], 1],
  ['"at least 5" is compatible with 6', [killed(6, 'officials', 'd1'), killed(5, 'document', 'd2', { q: 'at_least' }), killed(6, 'document', 'd3')], 1],
  ['a syndicated copy is no second source', [killed(6, 'officials', 'd1'), killed(6, 'document', 'd2'), killed(6, 'document', 'd3', { copy_of: 'd2' })], 2],
  ['the same source in two documents is one source', [killed(6, 'officials', 'd1'), killed(6, 'officials', 'd2')], 6],
  ['contradicted by one: possibly true', [killed(6, 'officials', 'd1'), killed(20, 'document', 'd2')], 3],
  ['contradicted by two, confirmed by none: improbable', [killed(6, 'officials', 'd1'), killed(20, 'document', 'd2'), killed(20, 'document', 'd3')], 5],
  ['doubted by another source: doubtful', [killed(6, 'officials', 'd1'), killed(6, 'Kommersant', 'd2', { stance: 'doubts', kind: 'media' }), killed(6, 'document', 'd3')], 4],
];
for (const [name, claims, expected] of ROWS) {
  test(`assignCredibility: ${name}`, () => assert.equal(assignCredibility(claims)[0]!.credibility, expected));
}
