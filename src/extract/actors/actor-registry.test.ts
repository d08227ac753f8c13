import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { ActorEntry } from '../lexicon/actors/actor-entry.ts';
import { SHARED_ALIASES } from '../lexicon/actors/shared-aliases.ts';
import { actorById, ActorRegistryError, buildActorRegistry, defaultActorRegistry } from './actor-registry.ts';
import { findActorMentions } from './find-actor-mentions.ts';
import { actorKeyTokens } from './tokenize-for-actors.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

test('shipped registry: ids, parents, aliases, countries', () => {
  const { entries } = defaultActorRegistry();
  const ids = new Set<string>();
  for (const e of entries) {
    assert.match(e.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, e.id);
    assert.ok(!ids.has(e.id), `duplicate id ${e.id}`);
    ids.add(e.id);
    assert.ok(e.name.trim().length > 0, `${e.id}: empty name`);
    for (const a of e.aliases) assert.ok(actorKeyTokens(a).length > 0, `${e.id}: empty alias "${a}"`);
    if (e.country !== undefined) assert.match(e.country, /^[A-Z]{2}$/, e.id);
    if (Array.isArray(e.acronymAmbiguous)) {
      for (const a of e.acronymAmbiguous) assert.ok(e.aliases.includes(a), `${e.id}: ambiguous "${a}" is not an alias`);
    }
  }
  for (const e of entries) if (e.parent !== undefined) assert.ok(ids.has(e.parent), `${e.id}: missing parent ${e.parent}`);
  for (const e of entries.filter((x) => x.kind === 'group_media')) assert.ok(e.parent, `${e.id}: group media without group`);
  for (const list of Object.values(SHARED_ALIASES)) for (const id of list) assert.ok(ids.has(id), `shared alias names unknown ${id}`);
});

test('shipped registry: counts per kind', () => {
  const counts: Record<string, number> = {};
  for (const e of defaultActorRegistry().entries) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
  assert.ok((counts.armed_group ?? 0) >= 250, `armed groups: ${counts.armed_group}`);
  assert.ok((counts.group_media ?? 0) >= 30);
  assert.ok((counts.media ?? 0) >= 80);
  assert.ok((counts.state_body ?? 0) >= 100);
  assert.ok((counts.international_org ?? 0) >= 20);
  assert.ok((counts.political_party ?? 0) >= 20);
});

test('actorById', () => {
  assert.equal(actorById('islamic-state-khorasan')?.parent, 'islamic-state');
  assert.equal(actorById('amaq')?.kind, 'group_media');
  assert.equal(actorById('no-such-actor'), null);
});

test('buildActorRegistry rejects bad data', () => {
  const base = (over: Partial<ActorEntry>): ActorEntry => ({ id: 'a', name: 'A group', kind: 'armed_group', aliases: [], ...over });
  const bad: Array<[string, ActorEntry[]]> = [
    ['duplicate id', [base({}), base({ name: 'B group' })]],
    ['missing parent', [base({ parent: 'nope' })]],
    ['empty alias', [base({ aliases: ['  - '] })]],
    ['not kebab', [base({ id: 'Not_Kebab' })]],
    ['shared alias', [base({ aliases: ['XYZ'] }), base({ id: 'b', name: 'B group', aliases: ['xyz'] })]],
    ['parent cycle', [base({ parent: 'b' }), base({ id: 'b', name: 'B group', parent: 'a' })]],
  ];
  for (const [label, entries] of bad) assert.throws(() => buildActorRegistry(entries), ActorRegistryError, label);
});

test('declared shared alias goes to the preferred actor', () => {
  const entries: ActorEntry[] = [
    { id: 'a', name: 'A group', kind: 'armed_group', aliases: ['XYZ'] },
    { id: 'b', name: 'B group', kind: 'media', aliases: ['XYZ'] },
  ];
  const registry = buildActorRegistry(entries, { sharedAliases: { XYZ: ['b', 'a'] } });
  assert.deepEqual(findActorMentions('xyz reported', registry).map((m) => m.actorId), ['b']);
});

test('MUC-4 train: most PerpOrg fillers are found as actor mentions', (t) => {
  const file = path.resolve(repoRoot, '..', 'shared', 'data', 'muc4', 'train.jsonl');
  if (!fs.existsSync(file)) {
    t.skip('../shared/data absent');
    return;
  }
  let found = 0;
  let total = 0;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { text: string; templates: Array<{ PerpOrg: string[][] }> };
    const mentions = findActorMentions(doc.text).map((m) => m.text.toLowerCase());
    for (const template of doc.templates) {
      for (const entity of template.PerpOrg) {
        total++;
        if (entity.some((s) => mentions.some((m) => s.includes(m)))) found++;
      }
    }
  }
  assert.ok(found / total >= 0.9, `${found}/${total}`);
});
