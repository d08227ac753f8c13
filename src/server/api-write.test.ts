/** The write side of the HTTP API over loopback: ingest by JSON and by upload (a bad file in the batch), merge and undo, split, move, reject, grade. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { postJson, REPORTS, startTestServer, type TestServer } from './start-test-server.ts';

let s: TestServer;
before(async () => { s = await startTestServer({ ingest: false }); });
after(() => s.close());

const upload = (files: Array<[string, string | Uint8Array]>, fields: Record<string, string> = {}): RequestInit => {
  const form = new FormData();
  for (const [name, content] of files) form.append('file', new File([content], name));
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return { method: 'POST', body: form };
};

test('POST /api/ingest with JSON: stored, then unchanged on the same text', async () => {
  const [r] = REPORTS;
  const first = await s.fetchJson('/api/ingest', postJson({ text: r.text, published: r.published, outlet: r.outlet, title: 'Checkpoint attack in Kabul' }));
  assert.equal(first.status, 200);
  assert.equal(first.body.added, 1);
  assert.equal(first.body.failed, 0);
  const item = first.body.items[0];
  assert.equal(item.status, 'added');
  assert.equal(item.title, 'Checkpoint attack in Kabul');
  assert.equal(item.incidents.length, 1);
  const doc = await s.fetchJson(`/api/documents/${item.document}`);
  assert.equal(doc.body.document.text, r.text, 'the pasted text is stored unchanged');
  assert.equal(doc.body.document.outlet, 'Frontier Wire');
  const again = await s.fetchJson('/api/ingest', postJson({ text: r.text }));
  assert.equal(again.body.unchanged, 1);
  assert.equal(again.body.added, 0);
  const bad = await s.fetchJson('/api/ingest', postJson({ text: r.text, published: 'last week' }));
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error.code, 'VALIDATION');
  assert.equal((await s.fetchJson('/api/ingest', postJson({ text: '' }))).status, 400);
});

test('POST /api/ingest with files: one result per file, a bad file fails alone', async () => {
  const r = await s.fetchJson('/api/ingest', upload([
    ['kabul-daily.txt', REPORTS[1].text],
    ['empty.txt', ''],
    ['broken.pdf', '%PDF-1.4\n1 0 obj << /Type /Catalog'],
    ['picture.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])],
    ['latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x62, 0x6f, 0x6d, 0x62])],
    ['djibo.md', `# Gendarmerie post attacked in Djibo\n\n${REPORTS[2].text}`],
  ], { published: '2024-03-04' }));
  assert.equal(r.status, 200);
  assert.equal(r.body.added, 2);
  assert.equal(r.body.failed, 4);
  const byOrigin = new Map(r.body.items.map((i: { origin: string; status: string; code?: string }) => [i.origin, i.code ?? i.status]));
  assert.deepEqual(Object.fromEntries(byOrigin), {
    'upload:kabul-daily.txt': 'added',
    'upload:empty.txt': 'EMPTY',
    'upload:broken.pdf': 'BAD_PDF',
    'upload:picture.png': 'UNSUPPORTED',
    'upload:latin1.txt': 'INVALID_UTF8',
    'upload:djibo.md': 'added',
  });
  const md = r.body.items.find((i: { origin: string }) => i.origin === 'upload:djibo.md');
  assert.equal(md.title, 'Gendarmerie post attacked in Djibo', 'the Markdown reader found its title');
  const list = await s.fetchJson('/api/incidents');
  assert.equal(list.body.total, 2, 'the two Kabul reports are one incident, Djibo another');
});

test('POST /api/ingest: size limit, missing file field, wrong media type', async () => {
  const small = await startTestServer({ ingest: false, maxUploadBytes: 1000 });
  try {
    const big = await small.fetchJson('/api/ingest', postJson({ text: 'x'.repeat(5000) }));
    assert.equal(big.status, 413);
    assert.equal(big.body.error.code, 'PAYLOAD_TOO_LARGE');
    const ok = await small.fetchJson('/api/ingest', postJson({ text: REPORTS[0].text }));
    assert.equal(ok.status, 200, 'the server keeps answering');
  } finally {
    await small.close();
  }
  const noFile = await s.fetchJson('/api/ingest', upload([], { title: 'x' }));
  assert.equal(noFile.status, 400);
  assert.equal(noFile.body.error.code, 'VALIDATION');
  const plain = await s.fetchJson('/api/ingest', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' });
  assert.equal(plain.status, 415);
  assert.equal(plain.body.error.code, 'UNSUPPORTED_MEDIA_TYPE');
});

test('split a document off, merge it back, undo both; the audit trail names them', async () => {
  const kabul = (await s.fetchJson('/api/incidents?country=AF')).body.incidents[0];
  assert.equal(kabul.documents.length, 2);
  const daily = kabul.documents.find((d: string) => d !== kabul.id.split('-')[0]);
  const split = await s.fetchJson(`/api/incidents/${kabul.id}/split`, postJson({ documents: [daily], note: 'two attacks?' }));
  assert.equal(split.status, 200, JSON.stringify(split.body));
  assert.equal(split.body.incidents.length, 2);
  const parts = await s.fetchJson('/api/incidents?country=AF');
  assert.equal(parts.body.total, 2);

  const merged = await s.fetchJson('/api/incidents/merge', postJson({ ids: parts.body.incidents.map((i: { id: string }) => i.id), note: 'one attack after all' }));
  assert.equal(merged.status, 200, JSON.stringify(merged.body));
  assert.equal(merged.body.incidents.length, 1);
  assert.equal((await s.fetchJson('/api/incidents?country=AF')).body.total, 1);
  const edits = (await s.fetchJson('/api/audit')).body.edits;
  assert.deepEqual(edits.slice(-2).map((e: { id: number; action: string; user: string; note: string }) => [e.id, e.action, e.user, e.note]), [
    [split.body.edit, 'split', 'api', 'two attacks?'],
    [merged.body.edit, 'merge', 'api', 'one attack after all'],
  ]);

  const undone = await s.fetchJson(`/api/edits/${merged.body.edit}/undo`, { method: 'POST' });
  assert.equal(undone.status, 200);
  assert.equal((await s.fetchJson('/api/incidents?country=AF')).body.total, 2);
  const twice = await s.fetchJson(`/api/edits/${merged.body.edit}/undo`, postJson({ note: 'again' }));
  assert.equal(twice.status, 400, 'an edit undone already');
  assert.equal((await s.fetchJson(`/api/edits/${split.body.edit}/undo`, { method: 'POST' })).status, 200);
  assert.equal((await s.fetchJson('/api/incidents?country=AF')).body.total, 1);
  assert.ok((await s.fetchJson('/api/audit')).body.edits.find((e: { id: number }) => e.id === merged.body.edit).undone_at);

  assert.equal((await s.fetchJson('/api/edits/99999/undo', { method: 'POST' })).status, 404);
  assert.equal((await s.fetchJson('/api/incidents/merge', postJson({ ids: [kabul.id] }))).status, 400);
  assert.equal((await s.fetchJson(`/api/incidents/${kabul.id}/split`, postJson({ documents: [daily], claims: [1] }))).status, 400);
});

test('reject a claim and move one, each undone', async () => {
  const kabul = (await s.fetchJson('/api/incidents?country=AF')).body.incidents[0];
  const killed = kabul.claims.find((c: { field: string; value: number }) => c.field === 'killed' && c.value === 4);
  const rejected = await s.fetchJson(`/api/claims/${killed.id}/reject`, postJson({ why: 'early figure' }));
  assert.equal(rejected.status, 200, JSON.stringify(rejected.body));
  assert.equal((await s.fetchJson(`/api/incidents/${kabul.id}`)).body.killed.low, 6, 'the rejected figure leaves the reconciled values');
  assert.equal((await s.fetchJson(`/api/edits/${rejected.body.edit}/undo`, { method: 'POST' })).status, 200);
  assert.equal((await s.fetchJson(`/api/incidents/${kabul.id}`)).body.killed.low, 4);
  assert.equal((await s.fetchJson(`/api/claims/${killed.id}/reject`, postJson({ why: '   ' }))).status, 400);

  const djibo = (await s.fetchJson('/api/incidents?country=BF')).body.incidents[0];
  const moved = await s.fetchJson(`/api/claims/${killed.id}/move`, postJson({ to: djibo.id }));
  assert.equal(moved.status, 200, JSON.stringify(moved.body));
  assert.ok((await s.fetchJson(`/api/incidents/${djibo.id}`)).body.claims.some((c: { id: number }) => c.id === killed.id));
  assert.equal((await s.fetchJson(`/api/edits/${moved.body.edit}/undo`, { method: 'POST' })).status, 200);
  assert.ok((await s.fetchJson(`/api/incidents/${kabul.id}`)).body.claims.some((c: { id: number }) => c.id === killed.id));
  assert.equal((await s.fetchJson('/api/claims/99999/move', postJson({ to: djibo.id }))).status, 404);
});

test('grade a source: the grade is stored, logged, and undone', async () => {
  const sources = (await s.fetchJson('/api/sources')).body.sources;
  const source = sources[0];
  const graded = await s.fetchJson(`/api/sources/${encodeURIComponent(source.id)}/grade`, postJson({ grade: 'B', note: 'reliable outlet' }));
  assert.equal(graded.status, 200);
  assert.equal(graded.body.source.reliability, 'B');
  const now = (await s.fetchJson('/api/sources')).body.sources.find((x: { id: string }) => x.id === source.id);
  assert.equal(now.reliability, 'B');
  assert.equal((await s.fetchJson('/api/audit')).body.edits.at(-1).action, 'grade-source');
  assert.equal((await s.fetchJson(`/api/edits/${graded.body.edit}/undo`, { method: 'POST' })).status, 200);
  assert.equal((await s.fetchJson('/api/sources')).body.sources.find((x: { id: string }) => x.id === source.id).reliability, source.reliability);
  assert.equal((await s.fetchJson(`/api/sources/${encodeURIComponent(source.id)}/grade`, postJson({ grade: 'G' }))).status, 400);
  assert.equal((await s.fetchJson('/api/sources/no-such-source/grade', postJson({ grade: 'A' }))).status, 404);
});
