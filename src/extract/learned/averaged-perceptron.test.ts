import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PerceptronTrainer, argmax, scoreLabels, seededRandom, shuffled } from './averaged-perceptron.ts';

test('learns a separable problem and keeps only useful averaged weights', () => {
  const trainer = new PerceptronTrainer(['neg', 'pos']);
  const [bias, bomb, rain, blast, sun] = [1, 2, 3, 4, 5];
  const examples: Array<[number[], number]> = [
    [[bias, bomb], 1], [[bias, rain], 0], [[bias, blast], 1], [[bias, sun], 0],
  ];
  for (let epoch = 0; epoch < 5; epoch++) {
    for (const [features, truth] of examples) trainer.update(truth, argmax(trainer.scores(features)), features);
  }
  const model = trainer.average();
  for (const [features, truth] of examples) assert.equal(argmax(scoreLabels(model, features)), truth, features.join(' '));
  assert.equal(argmax(scoreLabels(model, [99])), 0, 'unseen features score nothing; ties go to the first label');
});

test('argmax honours the allowed labels', () => {
  assert.equal(argmax([5, 3, 4], (k) => k !== 0), 2);
  assert.equal(argmax([1, 1]), 0);
});

test('seeded shuffles are reproducible and are permutations', () => {
  const items = Array.from({ length: 50 }, (_, i) => i);
  const a = shuffled(items, seededRandom(7));
  const b = shuffled(items, seededRandom(7));
  assert.deepEqual(a, b);
  assert.notDeepEqual(a, items);
  assert.deepEqual([...a].sort((x, y) => x - y), items);
  assert.notDeepEqual(shuffled(items, seededRandom(8)), a);
});

test('feature hashes are small integers, stable, and order-sensitive when mixed', async () => {
  const { hashText, mix, feature } = await import('./feature-hash.ts');
  assert.equal(hashText('guerrillas'), hashText('guerrillas'));
  assert.notEqual(hashText('guerrillas'), hashText('guerrilla'));
  for (const h of [hashText(''), hashText('bomb'), mix(1, 2), feature(3, 4, 5)]) assert.ok(Number.isInteger(h) && h >= 0 && h < 2 ** 30);
  assert.notEqual(mix(hashText('a'), hashText('b')), mix(hashText('b'), hashText('a')));
});
