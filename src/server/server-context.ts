/** What every route needs, injected by `createApp`: the store, the extraction dependencies, the clock, the gazetteer, limits. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Gazetteer } from '../geo/gazetteer/gazetteer-types.ts';
import type { PipelineDependencies } from '../pipeline/extract-document.ts';
import type { EditAuthor, Store } from '../store/store.ts';
import type { Role } from './access-tokens.ts';

export interface ServerContext {
  store: Store;
  deps: PipelineDependencies;
  gazetteer: Gazetteer;
  now: () => Date;
  /** Largest request body of an ingest, and largest single uploaded document, in bytes. */
  maxUploadBytes: number;
}

export interface AppEnv {
  Variables: {
    /** Who makes the request: the token's name, or `api` when no tokens are configured. */
    user: string;
    role: Role;
  };
}

export type Api = OpenAPIHono<AppEnv>;

export function authorOf(c: { get(key: 'user'): string }, note: string | undefined): EditAuthor {
  return { user: c.get('user'), note: note ?? null };
}
