import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { clusterReports, type CannotLink, type ReportLink, type ReportNode } from './cluster-reports.ts';

const nodes = (...ids: string[]): ReportNode[] => ids.map((id, seq) => ({ id, seq }));
const link = (a: string, b: string, score = 6, manual = false): ReportLink => ({ a, b, score, manual });
const groups = (m: Map<string, string>) => [...m.entries()].map(([r, i]) => `${r}:${i}`).sort();

/** [case, nodes, links, cannot-links, report:incident]. */
const ROWS: Array<[string, ReportNode[], ReportLink[], CannotLink[], string[]]> = [
  ['no links: every report its own incident', nodes('a', 'b'), [], [], ['a:a', 'b:b']],
  ['a link joins; the oldest report names the incident', nodes('a', 'b', 'c'), [link('c', 'b')], [], ['a:a', 'b:b', 'c:b']],
  ['links chain', nodes('a', 'b', 'c'), [link('a', 'b'), link('b', 'c')], [], ['a:a', 'b:a', 'c:a']],
  ['a cannot-link keeps two sides apart, the strongest link wins', nodes('a', 'b', 'c'), [link('a', 'c', 9), link('b', 'c', 5)], [{ left: ['a'], right: ['b'] }], ['a:a', 'b:b', 'c:a']],
  ['a must-link joins whatever the cannot-links', nodes('a', 'b'), [link('a', 'b', 100, true)], [{ left: ['a'], right: ['b'] }], ['a:a', 'b:a']],
  ['links to unknown reports are ignored', nodes('a'), [link('a', 'zz')], [], ['a:a']],
  ['a report with no place does not bridge two countries', [{ id: 'a', seq: 0, country: 'SV' }, { id: 'b', seq: 1, country: null }, { id: 'c', seq: 2, country: 'PE' }],
    [link('a', 'b', 6), link('b', 'c', 5)], [], ['a:a', 'b:a', 'c:c']],
  ['an undated report does not chain days a week apart', [{ id: 'a', seq: 0, day: '1989-11-11' }, { id: 'b', seq: 1, day: null }, { id: 'c', seq: 2, day: '1989-11-18' }],
    [link('a', 'b', 6), link('b', 'c', 5)], [], ['a:a', 'b:a', 'c:c']],
  ['days within the span join', [{ id: 'a', seq: 0, day: '1989-11-11' }, { id: 'b', seq: 1, day: '1989-11-12' }], [link('a', 'b')], [], ['a:a', 'b:a']],
  ['an analyst\'s merge joins across countries', [{ id: 'a', seq: 0, country: 'SV' }, { id: 'b', seq: 1, country: 'PE' }], [link('a', 'b', 100, true)], [], ['a:a', 'b:a']],
];
for (const [name, n, l, c, expected] of ROWS) {
  test(`clusterReports: ${name}`, () => assert.deepEqual(groups(clusterReports(n, l, c)), expected));
}

test('clusterReports: the partition does not depend on the order of reports, links or constraints (property)', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
  const arb = fc.record({
    links: fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids), fc.integer({ min: 5, max: 9 }), fc.boolean()), { maxLength: 8 }),
    cannot: fc.array(fc.tuple(fc.subarray(ids, { minLength: 1, maxLength: 2 }), fc.subarray(ids, { minLength: 1, maxLength: 2 })), { maxLength: 2 }),
  });
  fc.assert(fc.property(arb, ({ links, cannot }) => {
    const n = nodes(...ids);
    const l = links.map(([a, b, s, m]) => link(a, b, s, m));
    const c = cannot.map(([left, right]) => ({ left, right }));
    const base = clusterReports(n, l, c);
    const shuffled = clusterReports([...n].reverse(), [...l].reverse().map((x) => ({ ...x, a: x.b, b: x.a })), [...c].reverse());
    assert.deepEqual(groups(shuffled), groups(base));
  }), { numRuns: 500 });
});
