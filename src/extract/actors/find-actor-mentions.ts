import type { ActorEntryKind } from '../lexicon/actors/actor-entry.ts';
import {
  FOLLOWING_CUE_WORDS,
  PRECEDING_CUE_WORDS,
  STRONG_FOLLOWING_CUE_WORDS,
} from '../lexicon/actors/ambiguity-cues.ts';
import { defaultActorRegistry, type ActorRegistry } from './actor-registry.ts';
import { Ambiguity, compactForm, type ActorTerminal, type ActorTrieNode } from './compile-actor-trie.ts';
import { tokenizeForActors, type ActorTokens } from './tokenize-for-actors.ts';

export interface ActorMention {
  start: number;
  end: number;
  /** Exactly `text.slice(start, end)`. */
  text: string;
  actorId: string;
  /** Canonical name. */
  name: string;
  kind: ActorEntryKind;
  parentId: string | null;
}

const FOLLOWING = new Set(FOLLOWING_CUE_WORDS);
const STRONG_FOLLOWING = new Set(STRONG_FOLLOWING_CUE_WORDS);
const PRECEDING = new Set(PRECEDING_CUE_WORDS);
const SKIPPABLE_BEFORE = new Set(['the', 'of', 'by', 'from', 'with', 'to', 'and']);
const HAS_LOWER = /\p{Ll}/u;

/** Characters allowed between two tokens of one alias: spaces, hyphens, dashes, quotes, dots. */
const GAP_CHARS = new Set([
  ' ', '\t', '\n', '\r', '\u00a0', '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014',
  "'", '\u2019', '\u2018', '\u02bc', '"', '\u201c', '\u201d', '.', '\u0640',
]);
const MAX_GAP = 4;

function gapAllowed(text: string, from: number, to: number, previousTokenLength: number): boolean {
  if (to - from > MAX_GAP) return false;
  let dot = false;
  let space = false;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (!GAP_CHARS.has(ch)) return false;
    if (ch === '.') dot = true;
    else if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0') space = true;
  }
  // "u.s. army" yes; "... the army. national police" no.
  return !(dot && space && previousTokenLength > 2);
}

interface Candidate {
  first: number;
  last: number;
  terminal: ActorTerminal;
}

/**
 * Every actor of the registry named in `text`: case-insensitive, on word boundaries, the
 * longest alias wins and mentions never overlap. Offsets are string indices into `text`.
 *
 * Ambiguous acronyms ("IS", "IRA", "ERP", "FAR"; see `ActorEntry.acronymAmbiguous` and
 * `COMMON_WORD_ACRONYMS`) match when written exactly as in the registry (upper case for
 * acronyms) and a neighbouring word has a lower-case letter (so all-caps headlines do
 * not count); otherwise, in lower-case text, an acronym that is a common word ("is",
 * "far") needs a following fighter noun ("is militants"), and any other ambiguous
 * acronym needs either a cue word next to it ("erp guerrillas", "members of the erp") or
 * an unambiguous mention of the same organisation family elsewhere in the text.
 */
export function findActorMentions(text: string, registry: ActorRegistry = defaultActorRegistry()): ActorMention[] {
  const tokens = tokenizeForActors(text);
  const candidates = scan(text, tokens, registry.trie.root);
  const families = new Set<string>();
  let hasAmbiguous = false;
  for (const c of candidates) {
    if (c.terminal.ambiguity === Ambiguity.None) families.add(registry.familyOf(c.terminal.actor));
    else hasAmbiguous = true;
  }
  const out: ActorMention[] = [];
  for (const c of candidates) {
    if (hasAmbiguous && c.terminal.ambiguity !== Ambiguity.None && !ambiguousAccepted(text, tokens, c, registry, families)) {
      continue;
    }
    const entry = registry.entries[c.terminal.actor]!;
    const start = tokens.starts[c.first]!;
    const end = tokens.ends[c.last]!;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      actorId: entry.id,
      name: entry.name,
      kind: entry.kind,
      parentId: entry.parent ?? null,
    });
  }
  return out;
}

function scan(text: string, tokens: ActorTokens, root: Map<string, ActorTrieNode>): Candidate[] {
  const { keys, starts, ends } = tokens;
  const n = keys.length;
  const out: Candidate[] = [];
  let i = 0;
  while (i < n) {
    let node = root.get(keys[i]!);
    if (node === undefined) {
      i++;
      continue;
    }
    let best: Candidate | null = node.terminal ? { first: i, last: i, terminal: node.terminal } : null;
    let j = i;
    while (node.next !== null && j + 1 < n) {
      const next: ActorTrieNode | undefined = node.next.get(keys[j + 1]!);
      if (next === undefined || !gapAllowed(text, ends[j]!, starts[j + 1]!, ends[j]! - starts[j]!)) break;
      node = next;
      j++;
      if (node.terminal) best = { first: i, last: j, terminal: node.terminal };
    }
    if (best) {
      out.push(best);
      i = best.last + 1;
    } else i++;
  }
  return out;
}

function ambiguousAccepted(
  text: string,
  tokens: ActorTokens,
  c: Candidate,
  registry: ActorRegistry,
  families: ReadonlySet<string>,
): boolean {
  const written = compactForm(text.slice(tokens.starts[c.first], tokens.ends[c.last]));
  if (c.terminal.forms.includes(written)) {
    if (HAS_LOWER.test(written)) return true;
    const before = c.first > 0 ? text.slice(tokens.starts[c.first - 1], tokens.ends[c.first - 1]) : null;
    const after = c.last + 1 < tokens.keys.length ? text.slice(tokens.starts[c.last + 1], tokens.ends[c.last + 1]) : null;
    if ((before === null && after === null) || HAS_LOWER.test(before ?? '') || HAS_LOWER.test(after ?? '')) return true;
  }
  const following = tokens.keys[c.last + 1];
  if (c.terminal.ambiguity === Ambiguity.CommonWord) {
    return following !== undefined && STRONG_FOLLOWING.has(following);
  }
  if (following !== undefined && FOLLOWING.has(following)) return true;
  for (let k = c.first - 1, steps = 0; k >= 0 && steps < 3; k--, steps++) {
    const key = tokens.keys[k]!;
    if (PRECEDING.has(key)) return true;
    if (!SKIPPABLE_BEFORE.has(key)) break;
  }
  return families.has(registry.familyOf(c.terminal.actor));
}
