import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SourceDocument } from '../core/types.ts';
import { defaultGazetteer } from '../geo/gazetteer/load-gazetteer.ts';
import { findPlaceMentions } from '../geo/find-place-mentions.ts';
import { haversineKm } from '../geo/gazetteer/haversine-km.ts';
import { extractIncidents } from './extract-incidents.ts';

const gazetteer = defaultGazetteer();
const deps = {
  findPlaces: (text: string, tokens: Parameters<typeof findPlaceMentions>[1], options: { caseless: boolean }) => findPlaceMentions(text, tokens, gazetteer, options),
  distanceKm: haversineKm,
};

function doc(text: string, published: string | null = '2024-06-05', title: string | null = null): SourceDocument {
  return { id: 'd', hash: '', text, title, outlet: null, author: null, url: null, published, origin: null, format: 'text' };
}

/** The places claimed as where it happened in each incident. */
function places(text: string, title: string | null = null): string[][] {
  return extractIncidents(doc(text, '2024-06-05', title), deps).drafts.filter((d) => !d.background)
    .map((d) => d.claims.filter((c) => c.field === 'place').map((c) => (c.value as { name: string }).name));
}

/** [text, the places where it happened, per incident]. */
const ROWS: Array<[string, string[][]]> = [
  // the dateline's town refines a same-named district
  ['BELEDWEYNE — A suicide bomber killed the commissioner of Beledweyne district on Monday.', [['Beledweyne District', 'Beledweyne']]],
  // the dateline alone is only a fallback
  ['OUAGADOUGOU — Dozens of gunmen stormed a gendarmerie post in Djibo on Tuesday.', [['Djibo']]],
  // a place before a possessive
  ["A car drove into shoppers at the weekly market on Kassel's Königsplatz on Saturday, killing three people.", [['Kassel']]],
];

for (const [text, expected] of ROWS) {
  test(`extractIncidents places: ${JSON.stringify(text.slice(0, 60))}`, () => {
    assert.deepEqual(places(text), expected);
  });
}

/** [title, text, incidents reported (background mentions aside)]. */
const FRAMED: Array<[string | null, string, number]> = [
  ['Trial opens over 2019 Hagen shisha bar shooting', 'Nearly five years after two men were shot dead in a shisha bar in Hagen on 14 November 2019, the trial of the man accused of the killings opened on Tuesday.', 0],
  ['Fourteen killed as bus collides with truck', 'Fourteen people were killed and more than thirty injured when a bus collided head-on with a lorry near Voi early on Sunday, police said.', 0],
  ['Gunmen storm gendarmerie post in Djibo', 'Dozens of gunmen stormed a gendarmerie post in Djibo on Tuesday, killing twelve gendarmes.', 1],
];

for (const [title, text, expected] of FRAMED) {
  test(`extractIncidents framing: ${JSON.stringify(title)}`, () => {
    assert.equal(extractIncidents(doc(text, '2024-09-17', title), deps).drafts.filter((d) => !d.background).length, expected);
  });
}
