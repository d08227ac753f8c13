import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Claim, Incident } from '../../core/types.ts';
import { incidentToMuc4 } from './predict.ts';

const figure = { low: null, best: null, high: null, disputed: false };

function claim(field: string, value: unknown, extra: Partial<Claim> = {}): Claim {
  return { field, value, source: 'document', source_kind: 'document', stance: 'asserts', quote: 'q', document: 'd', start: 0, end: 1, reported_at: null, ...extra } as Claim;
}

function incident(over: Partial<Incident>): Incident {
  return {
    id: 'i', date: null, place: null, places_mentioned: [], attack_types: [], targets: [], victims: [], perpetrators: [], weapons: [],
    killed: figure, killed_perpetrators: figure, wounded: figure, kidnapped: figure, claims: [], related: [], documents: ['d'], ...over,
  } as Incident;
}

const types: Array<[string[], string]> = [
  [['Bombing/Explosion', 'Armed Assault'], 'bombing'],
  [['Hostage Taking (Kidnapping)'], 'kidnapping'],
  [['Facility/Infrastructure Attack'], 'arson'],
  [['Armed Assault'], 'attack'],
  [['Assassination'], 'attack'],
  [[], 'attack'],
];
for (const [attackTypes, expected] of types) {
  test(`MUC-4 type of ${attackTypes.join(' + ') || 'no attack type'} is ${expected}`, () => {
    assert.equal(incidentToMuc4(incident({ attack_types: attackTypes })).incident_type, expected);
  });
}

test('perpetrators: organisations to PerpOrg as written, people to PerpInd; denied or doubted ones left out', () => {
  const claims = [
    claim('perpetrator', { name: 'Shining Path', kind: 'organization', status: 'blamed', mention: 'sendero luminoso' }),
    claim('perpetrator', { name: 'gunmen', kind: 'unknown', status: 'suspected' }),
    claim('perpetrator', { name: 'FMLN', kind: 'organization', status: 'disputed' }, { stance: 'denies' }),
    claim('perpetrator', { name: 'ELN', kind: 'organization', status: 'disputed' }, { stance: 'doubts' }),
  ];
  const t = incidentToMuc4(incident({ claims }));
  assert.deepEqual(t.PerpOrg, [['sendero luminoso']]);
  assert.deepEqual(t.PerpInd, [['gunmen']]);
});

test('targets that are people are not MUC-4 physical targets; weapons as written', () => {
  const t = incidentToMuc4(incident({
    targets: [{ text: 'power pylons', type: 'Utilities' }, { text: 'peasants', type: 'Private Citizens & Property' }],
    weapons: [{ text: 'Dynamite', type: 'Explosives' }],
  }));
  assert.deepEqual(t.Target, [['power pylons']]);
  assert.deepEqual(t.Weapon, [['dynamite']]);
});

test('victims: all, or only the learned ones (the rules give counted groups)', () => {
  const claims = [claim('victim', { text: 'five soldiers' }), claim('victim', { text: 'jose perez' }, { extractor: 'learned' })];
  const base = incident({ claims, victims: [{ text: 'five soldiers' }, { text: 'jose perez' }] });
  assert.deepEqual(incidentToMuc4(base).Victim, [['five soldiers'], ['jose perez']]);
  assert.deepEqual(incidentToMuc4(base, { learnedVictimsOnly: true }).Victim, [['jose perez']]);
});

test('one entity per filler; a singular beside its plural is dropped', () => {
  const claims = ['guerrilla', 'guerrillas', 'Guerrillas', 'terrorist'].map((name) => claim('perpetrator', { name, kind: 'unknown', status: 'suspected' }));
  assert.deepEqual(incidentToMuc4(incident({ claims })).PerpInd, [['guerrillas'], ['terrorist']]);
});
