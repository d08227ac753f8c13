import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trainLearnedModel, documentLabel, type TrainingDocument } from './train-learned-model.ts';
import { parseLearnedModel, serializeLearnedModel, LearnedModelError } from './learned-model.ts';
import { buildTaggingContext } from './tagging-context.ts';
import { tagRoles } from './role-tagger.ts';
import { classifyDocument } from './classify-document.ts';

const FIRST = ['jose', 'maria', 'carlos', 'ana', 'luis', 'rosa', 'pedro', 'elena', 'juan', 'marta'];
const LAST = ['perez', 'gomez', 'rojas', 'diaz', 'cruz', 'vega', 'soto', 'mora', 'rios', 'leon'];
const TOWNS = ['la paz', 'santa ana', 'san jose', 'el alto'];

/** A small hand-made corpus: attack reports with their fillers, and reports of other things. */
function corpus(): TrainingDocument[] {
  const docs: TrainingDocument[] = [];
  for (let i = 0; i < 40; i++) {
    const victim = `${FIRST[i % 10]} ${LAST[(i * 3) % 10]}`;
    const town = TOWNS[i % 4]!;
    if (i % 2 === 0) {
      docs.push({
        id: `a${i}`,
        text: `police reported that guerrillas killed ${victim} in ${town} . the attackers used rifles .`,
        templates: [{ incident_type: 'attack', PerpInd: [['guerrillas']], Victim: [[victim]], Weapon: [['rifles']] }],
      });
    } else {
      docs.push({
        id: `b${i}`,
        text: `a bomb exploded at the ${town} power station and wounded ${victim} , police said .`,
        templates: [{ incident_type: 'bombing', Target: [[`${town} power station`]], Victim: [[victim]], Weapon: [['bomb']] }],
      });
    }
    docs.push({ id: `n${i}`, text: `the minister met ${victim} in ${town} to discuss coffee prices and the harvest .`, templates: [] });
  }
  return docs;
}

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
