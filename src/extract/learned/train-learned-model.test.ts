import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trainLearnedModel, documentLabel, type TrainingDocument } from './train-learned-model.ts';
import { parseLearnedModel, serializeLearnedModel, LearnedModelError } from './learned-model.ts';
import { buildTaggingContext } from './tagging-context.ts';
import { tagRoles } from './role-tagger.ts';
import { classifyDocument } from './classify-document.ts';
import { corpus } from '../../../test/fixtures/learned/synthetic-corpus.ts';

test('document labels: the most frequent first-listed type, or none', () => {
  assert.equal(documentLabel([]), 'none');
  assert.equal(documentLabel([{ incident_type: 'bombing / attack' }]), 'bombing');
  assert.equal(documentLabel([{ incident_type: 'kidnapping' }, { incident_type: 'attack' }, { incident_type: 'attack' }]), 'attack');
});

test('trains a tagger that finds unseen victims by their context, and a document classifier', () => {
  const { model, mentions, placedMentions } = trainLearnedModel(corpus(), { epochs: 6 });
  assert.equal(placedMentions, mentions);
  const ctx = buildTaggingContext('police reported that guerrillas killed ignacio salazar in el alto . the attackers used rifles .');
  const spans = tagRoles(ctx, model.tagger);
  assert.ok(spans.some((s) => s.role === 'Victim' && s.text === 'ignacio salazar'), JSON.stringify(spans));
  assert.ok(spans.some((s) => s.role === 'PerpInd' && s.text === 'guerrillas'), JSON.stringify(spans));
  for (const s of spans) assert.equal(ctx.text.slice(s.start, s.end), s.text);
  assert.equal(classifyDocument(buildTaggingContext('a bomb exploded at the el alto power station , police said .'), model.classifier).label, 'bombing');
  assert.equal(classifyDocument(buildTaggingContext('the minister met ignacio salazar to discuss coffee prices .'), model.classifier).label, 'none');
});

test('training is deterministic and the model file round-trips', () => {
  const a = serializeLearnedModel(trainLearnedModel(corpus(), { epochs: 3 }).model);
  const b = serializeLearnedModel(trainLearnedModel(corpus(), { epochs: 3 }).model);
  assert.ok(a.equals(b), 'same data and options give the same bytes');
  const parsed = parseLearnedModel(a, 'model');
  assert.ok(serializeLearnedModel(parsed).equals(a));
});

test('a damaged or outdated model file is a clear error', () => {
  assert.throws(() => parseLearnedModel(Buffer.from('not gzip'), 'm.json.gz'), (e: unknown) => e instanceof LearnedModelError && /not gzipped JSON/.test(e.message));
  const old = serializeLearnedModel({ ...trainLearnedModel(corpus().slice(0, 4), { epochs: 1 }).model, version: 0 });
  assert.throws(() => parseLearnedModel(old, 'm.json.gz'), /version 0 .*npm run train/);
});
