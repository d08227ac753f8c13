/** Access tokens: the file formats, and the roles enforced by the real server (no token 401, reader cannot write, editor can). */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SitrepError } from '../core/errors.ts';
import { findToken, parseTokens } from './access-tokens.ts';
import { postJson, startTestServer, type TestServer } from './start-test-server.ts';

const READER = 'reader-token-0123456789';
const EDITOR = 'editor-token-0123456789';

test('parseTokens: lines and JSON', () => {
  const cases: Array<[string, Array<{ token: string; role: string; name: string }>]> = [
    [`# tokens\n${READER} reader\n\n${EDITOR} editor Ana Analyst\n`, [{ token: READER, role: 'reader', name: 'reader' }, { token: EDITOR, role: 'editor', name: 'Ana Analyst' }]],
    [JSON.stringify({ tokens: [{ token: EDITOR, role: 'editor', name: 'ana' }] }), [{ token: EDITOR, role: 'editor', name: 'ana' }]],
    [JSON.stringify([{ token: READER, role: 'reader' }]), [{ token: READER, role: 'reader', name: 'reader' }]],
    [JSON.stringify({ [READER]: 'reader' }), [{ token: READER, role: 'reader', name: 'reader' }]],
  ];
  for (const [text, expected] of cases) assert.deepEqual(parseTokens(text), expected, text);
});

test('parseTokens: bad files are one-line usage errors', () => {
  const bad = ['', '# nothing\n', 'short reader', `${READER} admin`, `${READER} reader\n${READER} editor`, '{"tokens": [', JSON.stringify({ tokens: [{ token: READER }] })];
  for (const text of bad) {
    assert.throws(() => parseTokens(text, 'tokens.txt'), (e: unknown) => e instanceof SitrepError && e.code === 'BAD_TOKENS' && e.message.startsWith('tokens.txt') && !e.message.includes('\n'), text);
  }
});

test('findToken: Bearer only, exact match', () => {
  const tokens = parseTokens(`${READER} reader`);
  assert.equal(findToken(tokens, `Bearer ${READER}`)?.role, 'reader');
  assert.equal(findToken(tokens, `bearer ${READER}`)?.role, 'reader');
  for (const header of [undefined, '', READER, `Basic ${READER}`, `Bearer ${READER}x`, `Bearer ${READER.slice(1)}`, 'Bearer ']) assert.equal(findToken(tokens, header), null, String(header));
});

let s: TestServer;
before(async () => { s = await startTestServer({ tokens: parseTokens(`${READER} reader\n${EDITOR} editor Ana`) }); });
after(() => s.close());

const as = (token: string | null, init: RequestInit = {}): RequestInit => ({ ...init, headers: { ...(init.headers as Record<string, string>), ...(token ? { authorization: `Bearer ${token}` } : {}) } });

test('with tokens: every request needs one, writes need an editor token', async () => {
  const cases: Array<[string, string, RequestInit, number, string | null]> = [
    ['no token, read', '/api/incidents', as(null), 401, 'UNAUTHORIZED'],
    ['no token, OpenAPI', '/api/openapi.json', as(null), 401, 'UNAUTHORIZED'],
    ['no token, unknown route', '/api/nope', as(null), 401, 'UNAUTHORIZED'],
    ['unknown token', '/api/incidents', as('not-a-token-at-all-000'), 401, 'UNAUTHORIZED'],
    ['reader reads', '/api/incidents', as(READER), 200, null],
    ['reader reads the OpenAPI document', '/api/openapi.json', as(READER), 200, null],
    ['reader cannot ingest', '/api/ingest', as(READER, postJson({ text: 'Gunmen killed two people in Kabul on Monday.' })), 403, 'FORBIDDEN'],
    ['reader cannot merge', '/api/incidents/merge', as(READER, postJson({ ids: ['a', 'b'] })), 403, 'FORBIDDEN'],
    ['reader cannot grade', '/api/sources/x/grade', as(READER, postJson({ grade: 'A' })), 403, 'FORBIDDEN'],
    ['no token cannot write', '/api/edits/1/undo', as(null, { method: 'POST' }), 401, 'UNAUTHORIZED'],
    ['editor reads', '/api/sources', as(EDITOR), 200, null],
  ];
  for (const [what, path, init, status, code] of cases) {
    const r = await s.fetchJson(path, init);
    assert.equal(r.status, status, what);
    if (code) assert.equal(r.body.error.code, code, what);
    if (status === 401) assert.match(r.headers.get('www-authenticate') ?? '', /^Bearer/, `${what}: WWW-Authenticate`);
  }
});

test('an editor writes, and the audit trail names the token', async () => {
  const source = (await s.fetchJson('/api/sources', as(READER))).body.sources[0];
  const graded = await s.fetchJson(`/api/sources/${encodeURIComponent(source.id)}/grade`, as(EDITOR, postJson({ grade: 'C' })));
  assert.equal(graded.status, 200);
  const entry = (await s.fetchJson('/api/audit', as(READER))).body.edits.at(-1);
  assert.equal(entry.user, 'Ana');
  assert.equal(entry.action, 'grade-source');
  assert.equal((await s.fetchJson(`/api/edits/${graded.body.edit}/undo`, as(EDITOR, { method: 'POST' }))).status, 200);
});
