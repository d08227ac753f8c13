import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Claim } from '../core/types.ts';
import { figureHistory } from './figure-history.ts';

const killed = (value: number, document: string, reported_at: string | null, source = 'document'): Claim => ({
  field: 'killed', value, figure: { value, low: value, high: value, qualifier: 'exact', derived: false },
  source, source_kind: source === 'document' ? 'document' : 'official', stance: 'asserts', quote: 'q', document, start: 0, end: 1, reported_at,
});

test('figureHistory: the reconciled value after each document, in order of publication', () => {
  const claims = [killed(20, 'column', '2019-11-20'), killed(6, 'early', '2016-06-05', 'officials'), killed(17, 'wire', '2016-06-06')];
  const docs = [{ id: 'column', published: '2019-11-20' }, { id: 'early', published: '2016-06-05' }, { id: 'wire', published: '2016-06-06' }];
  const h = figureHistory(claims, docs).killed;
  assert.deepEqual(h.map((s) => [s.document, s.best, s.low, s.high, s.disputed]), [
    ['early', 6, 6, 6, false], ['wire', 17, 6, 17, true], ['column', 20, 6, 20, true],
  ]);
  assert.deepEqual(figureHistory(claims, docs).wounded, []);
});

test('figureHistory: a document that changes nothing adds no step; undated documents come last', () => {
  const claims = [killed(6, 'a', '2016-06-05'), killed(6, 'b', '2016-06-06'), killed(9, 'c', null)];
  const h = figureHistory(claims, [{ id: 'c', published: null }, { id: 'a', published: '2016-06-05' }, { id: 'b', published: '2016-06-06' }]).killed;
  assert.deepEqual(h.map((s) => s.document), ['a', 'c']);
});
