/**
 * Access tokens and their roles. A tokens file is JSON (`{"tokens": [{"token", "role", "name"?}]}`,
 * a list of such objects, or `{"TOKEN": "role"}`) or lines of `TOKEN ROLE [NAME]` with `#`
 * comments. Roles: `reader` may read everything, `editor` may also write. The file is read at
 * the CLI edge; this module only parses text and checks headers.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { UsageError } from '../core/errors.ts';

export type Role = 'reader' | 'editor';

export interface AccessToken {
  token: string;
  role: Role;
  /** Who the token stands for, in the audit trail (default: the role). */
  name: string;
}

const MIN_TOKEN_LENGTH = 16;

function checked(token: unknown, role: unknown, name: unknown, where: string): AccessToken {
  if (typeof token !== 'string' || token.length < MIN_TOKEN_LENGTH || /\s/.test(token)) {
    throw new UsageError(`${where}: a token is a string of at least ${MIN_TOKEN_LENGTH} characters without spaces`, 'BAD_TOKENS');
  }
  if (role !== 'reader' && role !== 'editor') throw new UsageError(`${where}: role must be reader or editor, not ${String(role)}`, 'BAD_TOKENS');
  if (name !== undefined && (typeof name !== 'string' || name.trim() === '')) throw new UsageError(`${where}: name must be a non-empty string`, 'BAD_TOKENS');
  return { token, role, name: typeof name === 'string' ? name.trim() : role };
}

export function parseTokens(text: string, source = 'tokens'): AccessToken[] {
  const trimmed = text.trim();
  let tokens: AccessToken[];
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch (error) {
      throw new UsageError(`${source}: not valid JSON: ${(error as Error).message}`, 'BAD_TOKENS');
    }
    const list = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { tokens?: unknown }).tokens) ? (data as { tokens: unknown[] }).tokens : null;
    if (list) {
      tokens = list.map((t, i) => {
        const o = (t ?? {}) as Record<string, unknown>;
        return checked(o.token, o.role, o.name, `${source}: token ${i + 1}`);
      });
    } else {
      tokens = Object.entries(data as Record<string, unknown>).map(([token, role], i) => checked(token, role, undefined, `${source}: token ${i + 1}`));
    }
  } else {
    tokens = trimmed.split(/\r?\n/).flatMap((line, i) => {
      const content = line.replace(/#.*$/, '').trim();
      if (content === '') return [];
      const [token, role, ...name] = content.split(/\s+/);
      return [checked(token, role, name.length ? name.join(' ') : undefined, `${source}: line ${i + 1}`)];
    });
  }
  if (tokens.length === 0) throw new UsageError(`${source}: no tokens`, 'BAD_TOKENS');
  const seen = new Set<string>();
  for (const t of tokens) {
    if (seen.has(t.token)) throw new UsageError(`${source}: a token is listed twice`, 'BAD_TOKENS');
    seen.add(t.token);
  }
  return tokens;
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** The token an `Authorization: Bearer …` header carries, compared in constant time. */
export function findToken(tokens: readonly AccessToken[], header: string | undefined): AccessToken | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!m) return null;
  const given = digest(m[1]!);
  let found: AccessToken | null = null;
  for (const t of tokens) if (timingSafeEqual(digest(t.token), given)) found = t;
  return found;
}
