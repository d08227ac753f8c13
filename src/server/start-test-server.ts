/**
 * For the server's tests: a real SQLite file with a few short reports ingested through the
 * pipeline, and the real server listening on 127.0.0.1 on a free port.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultDependencies } from '../pipeline/default-dependencies.ts';
import { ingestDocumentResults } from '../pipeline/ingest-documents.ts';
import { readUploads } from '../pipeline/read-uploads.ts';
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import type { AccessToken } from './access-tokens.ts';
import { createApp, type AppOptions } from './create-app.ts';
import { startServer } from './start-server.ts';

export const REPORTS = [
  {
    name: 'kabul-wire.txt', published: '2024-03-05', outlet: 'Frontier Wire',
    text: 'KABUL, March 3 (Frontier Wire) - Gunmen attacked a police checkpoint in Kabul on Sunday, killing four policemen and wounding two civilians, officials said. The Taliban claimed responsibility for the attack in a statement.',
  },
  {
    name: 'kabul-daily.txt', published: '2024-03-04', outlet: 'Kabul Daily',
    text: 'Kabul, 4 March 2024 - Six police officers were killed when gunmen stormed a police checkpoint in the Afghan capital Kabul on Sunday, the Interior Ministry said on Monday. Two civilians were wounded. The Taliban said in a statement that its fighters carried out the attack.',
  },
  {
    name: 'djibo.txt', published: '2023-11-09', outlet: 'Sahel Monitor',
    text: "DJIBO, Burkina Faso, Nov 9 (Sahel Monitor) - Suspected jihadists attacked a gendarmerie post in Djibo on Wednesday, killing 12 gendarmes, security sources said. No group has claimed the attack, but officials blamed Jama'at Nusrat al-Islam wal-Muslimin (JNIM), the al Qaeda affiliate active in the region.",
  },
] as const;

export interface TestServer {
  url: string;
  store: Store;
  dir: string;
  /** Document id of each report by file name. */
  documents: Map<string, string>;
  fetchJson(path: string, init?: RequestInit): Promise<{ status: number; body: any; headers: Headers }>;
  close(): Promise<void>;
}

export async function startTestServer(options: { tokens?: AccessToken[]; ingest?: boolean; maxUploadBytes?: number; staticFiles?: AppOptions['staticFiles'] } = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-server-'));
  const store = await openStore({ db: join(dir, 'sitrep.db') });
  const deps = defaultDependencies();
  const documents = new Map<string, string>();
  if (options.ingest !== false) {
    for (const r of REPORTS) {
      const summary = await ingestDocumentResults(store, readUploads([{ name: r.name, bytes: new TextEncoder().encode(r.text) }], { metadata: { published: r.published, outlet: r.outlet }, maxBytes: 1 << 20 }), { deps });
      const item = summary.items[0]!;
      if (item.status === 'failed') throw new Error(`fixture ${r.name}: ${item.reason}`);
      documents.set(r.name, item.document);
    }
  }
  const app = createApp({ store, deps, now: () => new Date('2026-06-05T12:00:00Z'), tokens: options.tokens, maxUploadBytes: options.maxUploadBytes, staticFiles: options.staticFiles });
  const server = await startServer(app, { host: '127.0.0.1', port: 0 });
  return {
    url: server.url,
    store,
    dir,
    documents,
    async fetchJson(path, init) {
      const res = await fetch(`${server.url}${path}`, init);
      const text = await res.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // not JSON: the text itself
      }
      return { status: res.status, body, headers: res.headers };
    },
    async close() {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const postJson = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body),
});
