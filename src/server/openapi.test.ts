/** The OpenAPI 3.1 document describes every route the app serves, and the README's HTTP API section names them. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { defaultDependencies } from '../pipeline/default-dependencies.ts';
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import { createApp } from './create-app.ts';
import { startTestServer, type TestServer } from './start-test-server.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

let store: Store;
let s: TestServer;
before(async () => {
  store = await openStore({ db: ':memory:' });
  s = await startTestServer({ ingest: false });
});
after(async () => {
  await store.close();
  await s.close();
});

/** Every method and path the app routes to, in OpenAPI's path syntax (middleware left out). */
function servedRoutes(app: ReturnType<typeof createApp>): Array<{ method: string; path: string }> {
  const seen = new Set<string>();
  return app.routes
    .filter((r) => r.method !== 'ALL' && r.path !== '/*' && r.path !== '*')
    .map((r) => ({ method: r.method.toLowerCase(), path: r.path.replace(/:([A-Za-z_]\w*)/g, '{$1}') }))
    .filter((r) => !seen.has(`${r.method} ${r.path}`) && Boolean(seen.add(`${r.method} ${r.path}`)));
}

test('every served route is in the OpenAPI document, with its error responses', async () => {
  const app = createApp({ store, deps: defaultDependencies(), now: () => new Date(0) });
  const routes = servedRoutes(app);
  assert.ok(routes.length >= 23, `${routes.length} routes`);
  const res = await app.request('/api/openapi.json');
  assert.equal(res.status, 200);
  const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown>; summary?: string }>> };
  assert.equal(doc.openapi, '3.1.0');
  for (const { method, path } of routes) {
    const operation = doc.paths[path]?.[method];
    assert.ok(operation, `${method.toUpperCase()} ${path} is in openapi.json`);
    assert.ok(operation.summary, `${method.toUpperCase()} ${path} has a summary`);
    assert.ok(operation.responses['200'] && operation.responses['400'], `${method.toUpperCase()} ${path} documents 200 and 400`);
  }
  const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`)).sort();
  assert.deepEqual(documented, routes.map((r) => `${r.method} ${r.path}`).sort(), 'nothing documented that is not served');
});

test('the OpenAPI document over loopback is the same', async () => {
  const r = await s.fetchJson('/api/openapi.json');
  assert.equal(r.status, 200);
  assert.ok(r.body.paths['/api/incidents'].get.parameters.some((p: { name: string }) => p.name === 'near'));
  assert.ok(r.body.components.schemas.Incident);
  assert.ok(r.body.components.schemas.Error);
});

test("the README's HTTP API section names every route", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## HTTP API'), readme.indexOf('\n## ', readme.indexOf('## HTTP API') + 5));
  assert.ok(section.length > 100, 'README has an HTTP API section');
  const app = createApp({ store, deps: defaultDependencies(), now: () => new Date(0) });
  for (const { method, path } of servedRoutes(app)) {
    const exportSuffix = /^\/api\/incidents(\.[a-z.]+)$/.exec(path)?.[1];
    const named = exportSuffix ? section.includes(`\`${exportSuffix}\``) || section.includes(path) : section.includes(path);
    assert.ok(named, `README names ${method.toUpperCase()} ${path}`);
  }
});
