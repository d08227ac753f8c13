import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyMuc4Relevance, learnedTemplate } from './muc4-relevance.ts';
import { trainLearnedModel } from '../../extract/learned/train-learned-model.ts';
import { buildTaggingContext } from '../../extract/learned/tagging-context.ts';
import { corpus } from '../../../test/fixtures/learned/synthetic-corpus.ts';

const model = trainLearnedModel(corpus(), { epochs: 6 }).model;
const options = { dropBelow: 0, addAtOrAbove: 0, singleAttack: true };
const sitrepTemplate = { incident_type: 'attack', PerpInd: [['guerrillas']], PerpOrg: [], Target: [], Victim: [], Weapon: [] };

test('a document the classifier calls irrelevant loses its templates; a relevant one keeps them', () => {
  const irrelevant = buildTaggingContext('the minister met ignacio salazar in el alto to discuss coffee prices and the harvest .');
  assert.deepEqual(applyMuc4Relevance([sitrepTemplate], irrelevant, model, options), []);
  const relevant = buildTaggingContext('police reported that guerrillas killed ignacio salazar in el alto . the attackers used rifles .');
  assert.deepEqual(applyMuc4Relevance([sitrepTemplate], relevant, model, options), [sitrepTemplate]);
});

test('a relevant document without templates gets one learned template, typed by the classifier', () => {
  const ctx = buildTaggingContext('a bomb exploded at the el alto power station and wounded ignacio salazar , police said .');
  const [template, ...rest] = applyMuc4Relevance([], ctx, model, options);
  assert.equal(rest.length, 0);
  assert.equal(template!.incident_type, 'bombing');
  assert.deepEqual(template!.Victim, [['ignacio salazar']]);
  assert.deepEqual(template!.Weapon, [['bomb']]);
  assert.deepEqual(applyMuc4Relevance([], buildTaggingContext('the minister discussed coffee prices .'), model, options), []);
});

test('learned templates list each filler once', () => {
  const ctx = buildTaggingContext('police reported that guerrillas killed rosa vega in la paz . police reported that guerrillas killed rosa vega in la paz .');
  const template = learnedTemplate(ctx, model, 'attack');
  assert.deepEqual(template.Victim, [['rosa vega']]);
  assert.deepEqual(template.PerpInd, [['guerrillas']]);
});

test('a single incident the classifier calls an attack is typed attack; several keep their types', () => {
  const text = corpus()[0]!.text; // an attack report of the training corpus
  const ctx = buildTaggingContext(text);
  const bombing = { ...sitrepTemplate, incident_type: 'bombing' };
  assert.equal(applyMuc4Relevance([bombing], ctx, model, options)[0]!.incident_type, 'attack');
  assert.deepEqual(applyMuc4Relevance([bombing, sitrepTemplate], ctx, model, options).map((t) => t.incident_type), ['bombing', 'attack']);
});
