/**
 * Malformed requests against the real server: each gets a 4xx in the one error shape with a
 * stable code, never a 500, and the server keeps answering after every one of them.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { postJson, startTestServer, type TestServer } from './start-test-server.ts';

let s: TestServer;
before(async () => { s = await startTestServer(); });
after(() => s.close());

const json = (body: string): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body });

const CASES: Array<[string, string, RequestInit | undefined, number, string]> = [
  ['unknown route', '/api/nope', undefined, 404, 'NOT_FOUND'],
  ['unknown route outside the API and the workbench', '/nope', undefined, 404, 'NOT_FOUND'],
  ['wrong method', '/api/incidents', { method: 'DELETE' }, 404, 'NOT_FOUND'],
  ['unknown incident', '/api/incidents/d123-1', undefined, 404, 'NOT_FOUND'],
  ['unknown document', '/api/documents/x', undefined, 404, 'NOT_FOUND'],
  ['percent garbage in an id', '/api/incidents/%E0%A4%A', undefined, 404, 'NOT_FOUND'],
  ['a very long id', `/api/incidents/${'x'.repeat(5000)}`, undefined, 400, 'VALIDATION'],
  ['limit not a number', '/api/incidents?limit=abc', undefined, 400, 'VALIDATION'],
  ['limit negative', '/api/incidents?limit=-1', undefined, 400, 'VALIDATION'],
  ['limit huge', '/api/incidents?limit=99999999999999999999999', undefined, 400, 'VALIDATION'],
  ['limit over the maximum', '/api/incidents?limit=1001', undefined, 400, 'VALIDATION'],
  ['limit in exponent form', '/api/incidents?limit=1e3', undefined, 400, 'VALIDATION'],
  ['offset huge', '/api/incidents?offset=1e400', undefined, 400, 'VALIDATION'],
  ['limit twice', '/api/incidents?limit=1&limit=2', undefined, 400, 'VALIDATION'],
  ['min_killed fraction', '/api/incidents?min_killed=2.5', undefined, 400, 'VALIDATION'],
  ['bad date', '/api/incidents?from=yesterday', undefined, 400, 'VALIDATION'],
  ['bad calendar day', '/api/incidents?on=13-45', undefined, 400, 'VALIDATION'],
  ['bbox with three numbers', '/api/incidents?bbox=1,2,3', undefined, 400, 'VALIDATION'],
  ['bbox with words', '/api/incidents?bbox=a,b,c,d', undefined, 400, 'VALIDATION'],
  ['bbox out of range', '/api/incidents?bbox=-500,0,10,10', undefined, 400, 'USAGE'],
  ['near out of range', '/api/incidents?near=95,10', undefined, 400, 'VALIDATION'],
  ['within_km without near', '/api/incidents?within_km=5', undefined, 400, 'VALIDATION'],
  ['within_km zero', '/api/incidents?near=1,1&within_km=0', undefined, 400, 'VALIDATION'],
  ['near and bbox', '/api/incidents?near=1,1&bbox=0,0,2,2', undefined, 400, 'VALIDATION'],
  ['malformed full-text query', '/api/incidents?text=%22unbalanced', undefined, 400, 'BAD_QUERY'],
  ['export with a bad filter', '/api/incidents.csv?min_killed=x', undefined, 400, 'VALIDATION'],
  ['export limit over the maximum', '/api/incidents.geojson?limit=100001', undefined, 400, 'VALIDATION'],
  ['near without a point', '/api/near', undefined, 400, 'VALIDATION'],
  ['near an unknown place', '/api/near?at=Qwzxqwzx', undefined, 404, 'NOT_FOUND'],
  ['near a country only', '/api/near?at=Tajikistan', undefined, 404, 'NOT_FOUND'],
  ['near a point out of range', '/api/near?at=91,0', undefined, 400, 'BAD_POINT'],
  ['route-check without to', '/api/route-check?from=1,1', undefined, 400, 'VALIDATION'],
  ['route-check bad country', '/api/route-check?from=1,1&to=2,2&country=Tajik', undefined, 400, 'VALIDATION'],
  ['malformed JSON', '/api/incidents/merge', json('{"ids": ['), 400, 'BAD_JSON'],
  ['JSON that is not an object', '/api/incidents/merge', json('"ids"'), 400, 'VALIDATION'],
  ['JSON null', '/api/incidents/merge', json('null'), 400, 'VALIDATION'],
  ['wrong type', '/api/incidents/merge', postJson({ ids: 'a,b' }), 400, 'VALIDATION'],
  ['ids of numbers', '/api/incidents/merge', postJson({ ids: [1, 2] }), 400, 'VALIDATION'],
  ['unknown field', '/api/incidents/merge', postJson({ ids: ['a', 'b'], force: true }), 400, 'VALIDATION'],
  ['merge of unknown ids', '/api/incidents/merge', postJson({ ids: ['a', 'b'] }), 404, 'NOT_FOUND'],
  ['no body', '/api/incidents/merge', { method: 'POST' }, 400, 'VALIDATION'],
  ['form instead of JSON', '/api/incidents/merge', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'ids=a' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
  ['claim id not a number', '/api/claims/abc/reject', postJson({ why: 'x' }), 400, 'VALIDATION'],
  ['claim id zero', '/api/claims/0/reject', postJson({ why: 'x' }), 400, 'VALIDATION'],
  ['claim id huge', '/api/claims/99999999999999999999/reject', postJson({ why: 'x' }), 400, 'VALIDATION'],
  ['unknown claim', '/api/claims/424242/reject', postJson({ why: 'x' }), 404, 'NOT_FOUND'],
  ['split with neither part', '/api/incidents/x/split', postJson({ note: 'x' }), 400, 'VALIDATION'],
  ['split of an unknown incident', '/api/incidents/x/split', postJson({ documents: ['d1'] }), 404, 'NOT_FOUND'],
  ['edit id negative', '/api/edits/-1/undo', { method: 'POST' }, 400, 'VALIDATION'],
  ['grade not a grade', '/api/sources/x/grade', postJson({ grade: 7 }), 400, 'VALIDATION'],
  ['ingest of a JSON array', '/api/ingest', json('[1,2]'), 400, 'VALIDATION'],
  ['ingest without text', '/api/ingest', postJson({ title: 'x' }), 400, 'VALIDATION'],
  ['ingest text of the wrong type', '/api/ingest', postJson({ text: 42 }), 400, 'VALIDATION'],
  ['ingest with a broken multipart body', '/api/ingest', { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=zzz' }, body: '--zzz\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nabc' }, 400, 'BAD_REQUEST'],
  ['brief in an unknown format', '/api/incidents/x/brief?format=docx', undefined, 400, 'VALIDATION'],
];

test('every malformed request: a 4xx in the one error shape with a stable code', async () => {
  for (const [what, path, init, status, code] of CASES) {
    const r = await s.fetchJson(path, init);
    assert.equal(r.status, status, `${what}: status (${JSON.stringify(r.body)})`);
    assert.match(r.headers.get('content-type') ?? '', /application\/json/, `${what}: JSON`);
    assert.deepEqual(Object.keys(r.body), ['error'], `${what}: one key`);
    assert.deepEqual(Object.keys(r.body.error).sort(), ['code', 'message'], `${what}: code and message`);
    assert.equal(r.body.error.code, code, `${what}: code (${r.body.error.message})`);
    assert.ok(r.body.error.message.length > 0 && !r.body.error.message.includes('\n'), `${what}: a one-line message`);
    const alive = await s.fetchJson('/api/incidents?limit=1');
    assert.equal(alive.status, 200, `${what}: the server keeps answering`);
  }
});

test('many malformed requests at once: no 500 and no crash', async () => {
  const results = await Promise.all(CASES.flatMap(([, path, init]) => [s.fetchJson(path, init), s.fetchJson(path, init)]));
  for (const r of results) assert.ok(r.status >= 400 && r.status < 500, `got ${r.status}`);
  assert.equal((await s.fetchJson('/api/incidents')).body.total, 2);
});
