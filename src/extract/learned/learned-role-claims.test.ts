import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Claim, IncidentDraft } from '../../core/types.ts';
import { addLearnedRoleClaims, lexiconTypeOf, trimSpan } from './learned-role-claims.ts';
import { trainLearnedModel } from './train-learned-model.ts';
import { buildTaggingContext } from './tagging-context.ts';
import { TARGET_TYPES, WEAPON_TYPES } from '../lexicon/role-lexicon.ts';
import { corpus } from '../../../test/fixtures/learned/synthetic-corpus.ts';

const model = trainLearnedModel(corpus(), { epochs: 6 }).model;
const options = { roles: ['Victim', 'Target'] as const, outsidePenalty: 0, minConfidence: 0 };

function draft(key: string, text: string, quote: string, extra: Partial<IncidentDraft> = {}): IncidentDraft {
  const start = text.indexOf(quote);
  const claim: Claim = {
    field: 'attack_type', value: 'Armed Assault', source: 'document', source_kind: 'document', stance: 'asserts',
    quote, document: 'doc', start, end: start + quote.length, reported_at: '1990-01-02',
  };
  return { key, document: 'doc', claims: [claim], related: [], span: { start, end: start + quote.length }, ...extra };
}

test('learned victims join the incident reported in their sentence, quoted from it', () => {
  const text = 'guerrillas killed ignacio salazar in el alto . the minister met rosa vega in la paz . a bomb exploded at the santa ana power station .';
  const first = draft('i1', text, 'guerrillas killed ignacio salazar in el alto .');
  const second = draft('i2', text, 'a bomb exploded at the santa ana power station .');
  const out = addLearnedRoleClaims([first, second], buildTaggingContext(text), model, options);
  const learned = (d: IncidentDraft) => d.claims.filter((c) => c.extractor === 'learned').map((c) => `${c.field}:${(c.value as { text: string }).text}`);
  assert.deepEqual(learned(out[0]!), ['victim:ignacio salazar']);
  assert.ok(learned(out[1]!).some((v) => v.startsWith('target:') && v.includes('power station')), JSON.stringify(learned(out[1]!)));
  for (const d of out) for (const c of d.claims) assert.equal(text.slice(c.start, c.end), c.quote);
  assert.equal(first.claims.length, 1, 'the input drafts are not changed');
  const learnedClaim = out[0]!.claims.find((c) => c.extractor === 'learned')!;
  assert.equal(learnedClaim.reported_at, '1990-01-02', 'reported when the document reports the incident');
});

test('no learned claims for background incidents, for sentences outside any report, or when the rules already have the value', () => {
  const text = 'guerrillas killed ignacio salazar in el alto .';
  const background = draft('b', text, text, { background: true });
  assert.equal(addLearnedRoleClaims([background], buildTaggingContext(text), model, options)[0]!.claims.length, 1);
  const ruled = draft('i', text, text);
  ruled.claims.push({ ...ruled.claims[0]!, field: 'victim', value: { text: 'Ignacio Salazar' } } as Claim);
  assert.equal(addLearnedRoleClaims([ruled], buildTaggingContext(text), model, options)[0]!.claims.length, 2);
  assert.deepEqual(addLearnedRoleClaims([], buildTaggingContext(text), model, options), []);
});

const trims: Array<[string, [number, number], string | null]> = [
  ['“the office”', [0, 4], 'office'],
  ['a – b', [0, 3], null],
  ['members of the fmln', [0, 4], null],
  ['the embassy of peru', [0, 4], 'embassy of peru'],
];
for (const [text, tokens, expected] of trims) {
  test(`trimSpan: ${text}`, () => {
    const ctx = buildTaggingContext(text);
    const start = ctx.tokens[tokens[0]]!.start;
    const end = ctx.tokens[tokens[1] - 1]!.end;
    const span = { role: 'Target' as const, start, end, text: text.slice(start, end), tokens, confidence: 1 };
    assert.equal(trimSpan(ctx, span)?.text ?? null, expected);
  });
}

const types: Array<[string, typeof TARGET_TYPES | typeof WEAPON_TYPES, string]> = [
  ['the army garrison', TARGET_TYPES, 'Military'],
  ['power station', TARGET_TYPES, 'Utilities'],
  ['two car bombs', WEAPON_TYPES, 'Explosives'],
  ['a strange thing', WEAPON_TYPES, 'Unknown'],
];
for (const [text, table, expected] of types) {
  test(`lexiconTypeOf: ${text}`, () => assert.equal(lexiconTypeOf(text, table), expected));
}

test('trimSpan takes in the whole of a hyphenated word', () => {
  const text = 'a double-decker bus';
  const ctx = buildTaggingContext(text);
  const span = { role: 'Target' as const, start: ctx.tokens[3]!.start, end: ctx.tokens[4]!.end, text: 'decker bus', tokens: [3, 5] as [number, number], confidence: 1 };
  assert.equal(trimSpan(ctx, span)?.text, 'double-decker bus');
});

const fillers: Array<[string, string | null]> = [['several', null], ['7th', null], ['30pm', null], ['several rockets', 'several rockets'], ['the 7th battalion', '7th battalion']];
for (const [text, expected] of fillers) {
  test(`trimSpan keeps only spans that name something: ${text}`, () => {
    const ctx = buildTaggingContext(text);
    const n = ctx.tokens.length;
    const span = { role: 'Target' as const, start: 0, end: text.length, text, tokens: [0, n] as [number, number], confidence: 1 };
    assert.equal(trimSpan(ctx, span)?.text ?? null, expected);
  });
}
