import { SitrepError } from '../../core/errors.ts';
import type { ActorEntry } from '../lexicon/actors/actor-entry.ts';
import { SHARED_ALIASES } from '../lexicon/actors/shared-aliases.ts';
import { compileActorTrie, type CompiledActorTrie } from './compile-actor-trie.ts';
import { defaultActorEntries } from './default-actor-entries.ts';
import { actorKeyTokens } from './tokenize-for-actors.ts';

/** The registry data is inconsistent: duplicate ids, missing parents, clashing aliases. */
export class ActorRegistryError extends SitrepError {
  constructor(message: string) {
    super('ACTOR_REGISTRY', message);
    this.name = 'ActorRegistryError';
  }
}

export interface ActorRegistry {
  readonly entries: readonly ActorEntry[];
  /** The entry with this id, or null. */
  get(id: string): ActorEntry | null;
  /** Id of the top of the entry's parent chain (itself when it has no parent). */
  familyOf(index: number): string;
  /** The precompiled matcher; built once per registry. */
  readonly trie: CompiledActorTrie;
}

export interface BuildActorRegistryOptions {
  /** Alias → ids allowed to share it, preferred reading first. */
  sharedAliases?: Readonly<Record<string, readonly string[]>>;
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO2 = /^[A-Z]{2}$/;

/** Validates entries and compiles the matcher. Throws `ActorRegistryError` on bad data. */
export function buildActorRegistry(
  entries: readonly ActorEntry[],
  options: BuildActorRegistryOptions = {},
): ActorRegistry {
  const problems: string[] = [];
  const byId = new Map<string, ActorEntry>();
  for (const e of entries) {
    if (!KEBAB.test(e.id)) problems.push(`id "${e.id}" is not kebab-case`);
    if (byId.has(e.id)) problems.push(`duplicate id "${e.id}"`);
    byId.set(e.id, e);
    if (!e.name.trim()) problems.push(`${e.id}: empty name`);
    for (const a of e.aliases) if (actorKeyTokens(a).length === 0) problems.push(`${e.id}: empty alias "${a}"`);
    if (e.country !== undefined && !ISO2.test(e.country)) problems.push(`${e.id}: bad country "${e.country}"`);
  }
  for (const e of entries) {
    if (e.parent === undefined) continue;
    if (!byId.has(e.parent)) problems.push(`${e.id}: parent "${e.parent}" does not exist`);
    const seen = new Set<string>([e.id]);
    for (let p = byId.get(e.parent); p; p = p.parent ? byId.get(p.parent) : undefined) {
      if (seen.has(p.id)) {
        problems.push(`${e.id}: parent cycle`);
        break;
      }
      seen.add(p.id);
    }
  }
  if (problems.length > 0) throw new ActorRegistryError(problems.slice(0, 20).join('; '));

  const shared = new Map<string, readonly string[]>();
  for (const [alias, ids] of Object.entries(options.sharedAliases ?? {})) {
    shared.set(actorKeyTokens(alias).join(' '), ids);
  }
  const trie = compileActorTrie(entries, shared);
  if (trie.conflicts.length > 0) {
    const list = trie.conflicts.slice(0, 20).map((c) => `"${c.key}" (${c.actorIds.join(', ')})`);
    throw new ActorRegistryError(`aliases shared without declaration: ${list.join('; ')}`);
  }

  const families = entries.map((e) => {
    let top = e;
    for (let p = top.parent ? byId.get(top.parent) : undefined; p; p = p.parent ? byId.get(p.parent) : undefined) top = p;
    return top.id;
  });

  return {
    entries,
    get: (id) => byId.get(id) ?? null,
    familyOf: (index) => families[index] ?? '',
    trie,
  };
}

let defaultRegistry: ActorRegistry | null = null;

/** The registry built from the shipped lexicon; compiled on first use, then reused. */
export function defaultActorRegistry(): ActorRegistry {
  defaultRegistry ??= buildActorRegistry(defaultActorEntries(), { sharedAliases: SHARED_ALIASES });
  return defaultRegistry;
}

/** The shipped entry with this id, or null. */
export function actorById(id: string): ActorEntry | null {
  return defaultActorRegistry().get(id);
}
