import type { ActorEntry } from '../lexicon/actors/actor-entry.ts';
import { AMBIGUOUS_WORD_ACRONYMS, COMMON_WORD_ACRONYMS } from '../lexicon/actors/ambiguity-cues.ts';
import { actorKeyTokens } from './tokenize-for-actors.ts';

/** How an alias may match: freely, as an ambiguous acronym, or as an acronym that is a common word. */
export const Ambiguity = { None: 0, Acronym: 1, CommonWord: 2 } as const;
export type Ambiguity = (typeof Ambiguity)[keyof typeof Ambiguity];

export interface ActorTerminal {
  /** Index into the registry's entries. */
  actor: number;
  ambiguity: Ambiguity;
  /** Written forms of the ambiguous aliases, letters and digits only ("IS", "LeT"). */
  forms: string[];
}

export interface ActorTrieNode {
  next: Map<string, ActorTrieNode> | null;
  terminal: ActorTerminal | null;
}

/** An alias key claimed by two actors without a declaration. */
export interface AliasConflict {
  key: string;
  actorIds: string[];
}

export interface CompiledActorTrie {
  root: Map<string, ActorTrieNode>;
  conflicts: AliasConflict[];
  /** Folded alias key (tokens joined by one space) → index of the actor it matches. */
  keys: Map<string, number>;
}

const ACRONYM = /^[\p{Lu}\p{N}][\p{Lu}\p{N}.\-&/]*$/u;
const HAS_UPPER = /\p{Lu}/u;
const APOSTROPHES = /['’ʼ‘`´]/g;
const HYPHENS = /[-‐‑‒–—]/g;
const JOINABLE_ARTICLES = new Set(['al', 'el', 'ul']);
const NON_WORD = /[^\p{L}\p{N}]/gu;
const AMBIGUOUS_WORDS = new Set(AMBIGUOUS_WORD_ACRONYMS);

export function isAcronymAlias(alias: string): boolean {
  return ACRONYM.test(alias) && HAS_UPPER.test(alias);
}

export function compactForm(s: string): string {
  return s.replace(NON_WORD, '');
}

/** Token sequences an alias matches: as written, without apostrophes, without hyphens, "al" joined. */
export function aliasVariants(alias: string): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  const add = (tokens: string[]): void => {
    if (tokens.length === 0) return;
    const key = tokens.join(' ');
    if (seen.has(key)) return;
    seen.add(key);
    out.push(tokens);
  };
  const spellings = [alias, alias.replace(APOSTROPHES, '')];
  for (const s of [...spellings]) spellings.push(s.replace(HYPHENS, ''));
  for (const s of spellings) {
    const tokens = actorKeyTokens(s);
    add(tokens);
    const joined: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const nextToken = tokens[i + 1];
      if (JOINABLE_ARTICLES.has(t) && nextToken !== undefined) {
        joined.push(t + nextToken);
        i++;
      } else joined.push(t);
    }
    add(joined);
  }
  return out;
}

function ambiguityOf(entry: ActorEntry, alias: string, tokens: string[], common: ReadonlySet<string>): Ambiguity {
  if (tokens.length === 1 && common.has(tokens[0]!)) return Ambiguity.CommonWord;
  if (tokens.length === 1 && AMBIGUOUS_WORDS.has(tokens[0]!)) return Ambiguity.Acronym;
  if (!isAcronymAlias(alias)) return Ambiguity.None;
  const flag = entry.acronymAmbiguous;
  if (flag === true) return Ambiguity.Acronym;
  if (Array.isArray(flag) && flag.includes(alias)) return Ambiguity.Acronym;
  return Ambiguity.None;
}

/**
 * Builds the token trie over every alias variant of every entry. `shared` maps folded
 * alias keys to the ids allowed to share them, the preferred reading first.
 */
export function compileActorTrie(
  entries: readonly ActorEntry[],
  shared: ReadonlyMap<string, readonly string[]>,
): CompiledActorTrie {
  const common = new Set(COMMON_WORD_ACRONYMS);
  const indexById = new Map(entries.map((e, i) => [e.id, i] as const));
  const root = new Map<string, ActorTrieNode>();
  const keys = new Map<string, number>();
  const terminals = new Map<string, ActorTerminal>();
  const conflicts = new Map<string, Set<string>>();

  entries.forEach((entry, actor) => {
    const variants = [entry.name, ...entry.aliases].map((alias) => ({ alias, list: aliasVariants(alias) }));
    const own = new Set(variants.flatMap((v) => v.list.map((t) => t.join(' '))));
    for (const { alias, list } of variants) {
      for (const tokens of list) {
        const key = tokens.join(' ');
        // "The Extraditables" when "extraditables" is also an alias: the span starts after "the".
        if (tokens.length > 1 && tokens[0] === 'the' && own.has(tokens.slice(1).join(' '))) continue;
        const ambiguity = ambiguityOf(entry, alias, tokens, common);
        let owner = actor;
        const previous = keys.get(key);
        if (previous !== undefined && previous !== actor) {
          const allowed = shared.get(key);
          const prevId = entries[previous]!.id;
          if (allowed && allowed.includes(entry.id) && allowed.includes(prevId)) {
            const preferred = allowed.find((id) => indexById.has(id));
            owner = preferred !== undefined ? indexById.get(preferred)! : previous;
            if (owner === previous) continue;
          } else {
            const set = conflicts.get(key) ?? new Set([prevId]);
            set.add(entry.id);
            conflicts.set(key, set);
            continue;
          }
        }
        keys.set(key, owner);
        let terminal = terminals.get(key);
        if (!terminal || terminal.actor !== owner) {
          terminal = { actor: owner, ambiguity, forms: [] };
          terminals.set(key, terminal);
          insert(root, tokens, terminal);
        } else if (ambiguity > terminal.ambiguity) {
          terminal.ambiguity = ambiguity;
        }
        if (ambiguity !== Ambiguity.None) terminal.forms.push(compactForm(alias));
      }
    }
  });

  return {
    root,
    keys,
    conflicts: [...conflicts].map(([key, ids]) => ({ key, actorIds: [...ids] })),
  };
}

function insert(root: Map<string, ActorTrieNode>, tokens: string[], terminal: ActorTerminal): void {
  let level = root;
  let node: ActorTrieNode | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    node = level.get(t);
    if (!node) {
      node = { next: null, terminal: null };
      level.set(t, node);
    }
    if (i < tokens.length - 1) {
      node.next ??= new Map();
      level = node.next;
    }
  }
  if (node) node.terminal = terminal;
}
