/**
 * Training labels for the role tagger: every occurrence of every gold mention that starts and
 * ends on token boundaries becomes a B-/I- tag sequence of its role. Longer mentions are placed
 * first and never overwritten; the share of mentions that found a place is reported.
 */
import type { TaggingContext } from './tagging-context.ts';
import { ROLES, type Role } from './role-tagger.ts';

export type RoleMentions = Partial<Record<Role, string[][]>>;

export interface GoldTags {
  tags: string[];
  mentions: number;
  placed: number;
}

export function goldTags(ctx: TaggingContext, templates: readonly RoleMentions[]): GoldTags {
  const tags = ctx.tokens.map(() => 'O');
  const byStart = new Map<number, number>();
  const byEnd = new Map<number, number>();
  ctx.tokens.forEach((t, i) => { byStart.set(t.start, i); byEnd.set(t.end, i); });
  const items: Array<{ role: Role; mention: string }> = [];
  for (const template of templates) {
    for (const role of ROLES) for (const entity of template[role] ?? []) for (const mention of entity) if (mention.trim()) items.push({ role, mention });
  }
  items.sort((a, b) => b.mention.length - a.mention.length);
  const lower = ctx.text.toLowerCase();
  let placed = 0;
  const seen = new Set<string>();
  let mentions = 0;
  for (const { role, mention } of items) {
    const key = `${role}\u0000${mention}`;
    if (seen.has(key)) continue;
    seen.add(key);
    mentions += 1;
    let found = false;
    for (let at = lower.indexOf(mention); at >= 0; at = lower.indexOf(mention, at + 1)) {
      const first = byStart.get(at);
      const last = byEnd.get(at + mention.length);
      if (first === undefined || last === undefined || last < first) continue;
      let free = true;
      for (let k = first; k <= last; k++) if (tags[k] !== 'O') { free = false; break; }
      if (!free) continue;
      for (let k = first; k <= last; k++) tags[k] = `${k === first ? 'B' : 'I'}-${role}`;
      found = true;
    }
    if (found) placed += 1;
  }
  return { tags, mentions, placed };
}
