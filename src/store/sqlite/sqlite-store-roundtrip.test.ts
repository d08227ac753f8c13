import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import fc from 'fast-check';
import type {
  Claim,
  FigureField,
  FigureValue,
  Incident,
  ReconciledFigure,
  ResolvedPlace,
  SourceDocument,
} from '../../core/types.ts';
import { withoutStoreFields } from '../store-fields.ts';
import { openSqliteStore } from './sqlite-store.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-sqlite-prop-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Non-negative numbers that JSON keeps exactly (no -0, NaN or infinities). */
const amount = fc.oneof(fc.nat({ max: 100_000 }), fc.double({ min: 0, max: 1e6, noNaN: true }).map((x) => x + 0));
const text = fc.string({ unit: 'grapheme', maxLength: 12 });
const maybeText = fc.option(text, { nil: null });
const partialDate = fc.constantFrom('2016-06-05', '2019-11', '2001', '--02-29', 'unknown');

const reconciled: fc.Arbitrary<ReconciledFigure> = fc.record({
  low: fc.option(amount, { nil: null }),
  best: fc.option(amount, { nil: null }),
  high: fc.option(amount, { nil: null }),
  disputed: fc.boolean(),
}, { noNullPrototype: true });

const figureValue: fc.Arbitrary<FigureValue> = fc.record({
  value: amount,
  low: amount,
  high: fc.option(amount, { nil: null }),
  qualifier: fc.constantFrom('exact', 'at_least', 'more_than', 'at_most', 'up_to', 'about', 'range'),
  derived: fc.boolean(),
}, { noNullPrototype: true });

const place: fc.Arbitrary<ResolvedPlace> = fc.record(
  {
    name: text,
    admin1: maybeText,
    country: maybeText,
    country_code: fc.option(fc.constantFrom('KZ', 'TJ', 'AF', 'NG'), { nil: null }),
    lat: fc.option(fc.double({ min: -90, max: 90, noNaN: true }).map((x) => x + 0), { nil: null }),
    lon: fc.option(fc.double({ min: -180, max: 180, noNaN: true }).map((x) => x + 0), { nil: null }),
    precision: fc.constantFrom('point', 'city', 'district', 'admin1', 'country'),
    id: fc.option(fc.constantFrom('g1', 'g2', 'g3'), { nil: null }),
  },
  { requiredKeys: ['name', 'admin1', 'country', 'country_code', 'lat', 'lon', 'precision'], noNullPrototype: true },
);

/** A claim body (field, value and any figure); the quote and offsets are attached later. */
const claimBody: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc
    .tuple(fc.constantFrom<FigureField>('killed', 'killed_perpetrators', 'wounded', 'kidnapped'), figureValue)
    .map(([field, figure]) => ({ field, value: figure.value, figure })),
  partialDate.map((value) => ({ field: 'date', value })),
  fc.tuple(fc.constantFrom('place', 'place_mentioned'), place, text).map(([field, p, mention]) => ({
    field,
    value: { ...p, mention },
  })),
  text.map((value) => ({ field: 'attack_type', value })),
  fc.record({ text, type: text }, { noNullPrototype: true }).map((value) => ({ field: 'target', value })),
  fc.record({ text }, { noNullPrototype: true }).map((value) => ({ field: 'victim', value })),
  fc.record({
      name: text,
      kind: fc.constantFrom('organization', 'individual', 'unknown'),
      status: fc.constantFrom('claimed', 'blamed', 'suspected', 'disputed'),
    }, { noNullPrototype: true })
    .map((value) => ({ field: 'perpetrator', value })),
  fc.record({ text, type: text }, { noNullPrototype: true }).map((value) => ({ field: 'weapon', value })),
);

const claimMeta = fc.record({
  source: text,
  source_kind: fc.constantFrom('document', 'official', 'state_body', 'armed_group', 'group_media', 'media', 'expert', 'witness', 'unknown'),
  stance: fc.constantFrom('asserts', 'claims', 'denies', 'doubts'),
  reported_at: fc.option(partialDate, { nil: null }),
  piece: fc.nat(),
}, { noNullPrototype: true });

const incidentBody = fc.record({
  date: fc.option(partialDate, { nil: null }),
  place: fc.option(place, { nil: null }),
  places_mentioned: fc.array(place, { maxLength: 3 }),
  attack_types: fc.array(text, { maxLength: 3 }),
  targets: fc.array(fc.record({ text, type: text }, { noNullPrototype: true }), { maxLength: 3 }),
  victims: fc.array(fc.record({ text }, { noNullPrototype: true }), { maxLength: 3 }),
  perpetrators: fc.array(
    fc.record({
      name: text,
      kind: fc.constantFrom('organization', 'individual', 'unknown'),
      status: fc.constantFrom('claimed', 'blamed', 'suspected', 'disputed'),
    }, { noNullPrototype: true }),
    { maxLength: 3 },
  ),
  weapons: fc.array(fc.record({ text, type: text }, { noNullPrototype: true }), { maxLength: 2 }),
  killed: reconciled,
  killed_perpetrators: reconciled,
  wounded: reconciled,
  kidnapped: reconciled,
  claims: fc.array(fc.tuple(claimBody, claimMeta), { maxLength: 8 }),
  related: fc.array(text, { maxLength: 2 }),
}, { noNullPrototype: true });

test('save then get round-trips arbitrary figures and claims', async () => {
  // merging off: the incidents of one random document are compared one by one
  const store = openSqliteStore(path.join(tmp, 'roundtrip.db'), { merge: false });
  let run = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 10 }), fc.array(incidentBody, { minLength: 1, maxLength: 3 }), async (pieces, bodies) => {
      run++;
      // The text is made of pieces so that every quote is a whole piece (never half a surrogate pair).
      const parts = [`run ${run}: `, ...pieces];
      const offsets: number[] = [];
      let documentText = '';
      for (const part of parts) {
        offsets.push(documentText.length);
        documentText += part;
      }
      const hash = createHash('sha256').update(documentText).digest('hex');
      const document: SourceDocument = {
        id: `doc-${hash.slice(0, 16)}`,
        hash,
        text: documentText,
        title: null,
        outlet: null,
        author: null,
        url: null,
        published: null,
        origin: null,
        format: 'text',
      };
      const incidents: Incident[] = bodies.map((body, index) => {
        const claims = body.claims.map(([claimFields, meta]) => {
          const at = 1 + (meta.piece % pieces.length);
          const start = offsets[at]!;
          const quote = parts[at]!;
          return {
            ...claimFields,
            source: meta.source,
            source_kind: meta.source_kind,
            stance: meta.stance,
            quote,
            document: document.id,
            start,
            end: start + quote.length,
            reported_at: meta.reported_at,
          } as Claim;
        });
        return { id: `inc-${run}-${index}`, ...body, claims, documents: [document.id] } as Incident;
      });

      const result = await store.saveDocument(document, incidents);
      assert.equal(result.status, 'added');
      for (const incident of incidents) {
        const stored = await store.getIncident(incident.id);
        // Claims come back ordered by document, then start (stable for equal starts).
        const expected = { ...incident, claims: [...incident.claims].sort((a, b) => a.start - b.start) };
        assert.deepStrictEqual(withoutStoreFields(stored!), expected);
        for (const claim of stored!.claims) assert.equal(documentText.slice(claim.start, claim.end), claim.quote);
      }
    }),
    { numRuns: 150 },
  );
  await store.close();
});
