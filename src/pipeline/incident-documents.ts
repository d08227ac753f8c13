/**
 * The documents a set of incidents cites (their metadata, not their text), with the originals of
 * any near-duplicate copies among them: what briefs and exports need to name their sources.
 */
import type { Incident, SourceDocument } from '../core/types.ts';
import type { Store } from '../store/store.ts';

export type CitedDocument = Pick<SourceDocument, 'id' | 'title' | 'outlet' | 'url' | 'published'> & { copy_of?: string | null };

export async function incidentDocuments(store: Store, incidents: Incident[]): Promise<Map<string, CitedDocument>> {
  const documents = new Map<string, CitedDocument>();
  const wanted = new Set(incidents.flatMap((i) => [...i.documents, ...i.claims.map((c) => c.document), ...i.claims.flatMap((c) => (c.copy_of ? [c.copy_of] : []))]));
  while (wanted.size) {
    const id = wanted.values().next().value as string;
    wanted.delete(id);
    if (documents.has(id)) continue;
    const d = await store.getDocument(id);
    if (!d) continue;
    documents.set(id, { id: d.id, title: d.title, outlet: d.outlet, url: d.url, published: d.published, copy_of: d.copy_of ?? null });
    if (d.copy_of && !documents.has(d.copy_of)) wanted.add(d.copy_of);
  }
  return documents;
}
