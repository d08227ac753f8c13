/**
 * `sitrep serve`: the HTTP JSON API over the database. Binds to 127.0.0.1 by default; any other
 * address needs access tokens (`--tokens FILE` or `SITREP_TOKENS_FILE`), read here at the edge.
 * Runs until SIGINT or SIGTERM, then stops accepting requests and closes the database.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { UsageError, describeError } from '../core/errors.ts';
import { defaultGazetteer } from '../geo/gazetteer/load-gazetteer.ts';
import { defaultDependencies } from '../pipeline/default-dependencies.ts';
import { parseTokens, type AccessToken } from '../server/access-tokens.ts';
import { createApp } from '../server/create-app.ts';
import { isLoopbackHost, startServer } from '../server/start-server.ts';
import { openStore } from '../store/open-store.ts';
import type { CommandContext } from './main.ts';
import { webRoutes } from '../web/web-routes.ts';

export interface ServeOptions {
  db?: string;
  host?: string;
  port?: string;
  tokens?: string;
  maxSize?: string;
}

function readTokensFile(path: string): AccessToken[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`--tokens: cannot read ${path}: ${describeError(error)}`);
  }
  return parseTokens(text, path);
}

function portOf(value: string): number {
  const n = Number(value);
  if (!/^\d{1,5}$/.test(value) || n > 65535) throw new UsageError(`--port: not a port number (0-65535): ${value}`);
  return n;
}

/** Start serving; resolves when `until` does and the server and the database are closed. */
export async function runServe(ctx: CommandContext, options: ServeOptions, until: Promise<unknown>): Promise<void> {
  const host = options.host ?? '127.0.0.1';
  const port = portOf(options.port ?? '8080');
  const tokensFile = options.tokens ?? ctx.io.env.SITREP_TOKENS_FILE;
  const tokens = tokensFile ? readTokensFile(tokensFile) : [];
  if (!isLoopbackHost(host) && tokens.length === 0) {
    throw new UsageError(`serve: refusing to listen on ${host} without access tokens; give --tokens FILE (or SITREP_TOKENS_FILE), or serve on 127.0.0.1`);
  }
  const settings = ctx.settings({ db: options.db, maxSize: options.maxSize });
  const store = await openStore({ db: settings.db });
  try {
    const app = createApp({ store, deps: defaultDependencies(), gazetteer: defaultGazetteer(), now: () => ctx.now(), tokens, maxUploadBytes: settings.maxBytes, staticFiles: webRoutes() });
    const server = await startServer(app, { host, port });
    ctx.out(`sitrep serving ${server.url} (API at ${server.url}/api, OpenAPI at ${server.url}/api/openapi.json; database ${settings.db}; ${tokens.length ? `${tokens.length} access token${tokens.length === 1 ? '' : 's'}` : 'no access tokens'})`);
    try {
      await until;
    } finally {
      await server.close();
    }
  } finally {
    await store.close();
  }
}

export function registerServeCommand(program: Command, ctx: CommandContext): void {
  program
    .command('serve')
    .description('serve the HTTP JSON API (OpenAPI at /api/openapi.json) over the database until interrupted')
    .option('--db <path>', 'SQLite database file (default ./sitrep.db, or SITREP_DB)')
    .option('--host <host>', 'address to listen on; other than loopback needs --tokens', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0: any free port)', '8080')
    .option('--tokens <file>', 'access tokens with roles, one "TOKEN reader|editor [NAME]" a line or JSON (default SITREP_TOKENS_FILE)')
    .option('--max-size <size>', 'largest ingest request and document, e.g. 20MB (default SITREP_MAX_SIZE or 50MB)')
    .action(async (options: ServeOptions) => {
      const stopped = new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      });
      await runServe(ctx, options, stopped);
    });
}
